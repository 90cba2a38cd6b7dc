package jielong.model;

import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * Causal multi-head self-attention: one linear layer makes each position's query, key and value
 * (c_attn), every head mixes the values of earlier positions by softmax(q·k/√d), and a second
 * linear layer (c_proj) projects the heads, side by side, back into the residual stream.
 */
public final class Attention {
    final Tensor cAttnW, cAttnB, cProjW, cProjB;
    final int nHead;
    private final int layer;
    // Names for a trace, made once so that a pass without one builds no strings.
    private final String nAttnW, nAttnB, nProjW, nProjB, nQkv, nProbs, nHeads, nHeadPrefix, nOut;

    Attention(GptConfig c, Random rng, int layer) {
        nHead = c.nHead();
        this.layer = layer;
        cAttnW = Init.normal(rng, Init.STD, c.nEmbd(), 3 * c.nEmbd());
        cAttnB = Init.zeros(3 * c.nEmbd());
        // GPT-2 scales the projections into the residual stream by 1/√(2·layers) so it does not grow with depth.
        cProjW = Init.normal(rng, Init.STD / Math.sqrt(2.0 * c.nLayer()), c.nEmbd(), c.nEmbd());
        cProjB = Init.zeros(c.nEmbd());
        String p = "h." + layer + ".attn.";
        nAttnW = p + "c_attn.weight";
        nAttnB = p + "c_attn.bias";
        nProjW = p + "c_proj.weight";
        nProjB = p + "c_proj.bias";
        nQkv = p + "qkv";
        nProbs = p + "probs";
        nHeads = p + "heads";
        nHeadPrefix = p + "head.";
        nOut = p + "out";
    }

    /**
     * Attention over x[B·T, C]. Without a cache, the B sequences attend within themselves; with one
     * (B = 1, decoding), the T rows take the next free positions of the cache and attend over all
     * earlier ones too.
     */
    Tensor forward(Tensor x, int batch, int t, KvCache cache, Trace trace) {
        Tensor qkv = Trace.tap(trace, nQkv, Trace.linear(trace, x, nAttnW, cAttnW, nAttnB, cAttnB));
        Tensor y;
        if (cache == null) {
            Ops.Attended a = Ops.attention(qkv, batch, t, nHead);
            if (trace != null) trace.keep(nProbs, a.probs());
            y = a.y();
        } else {
            y = cache.attend(layer, qkv, nHead);
        }
        if (trace != null) y = trace.heads(nHeads, nHeadPrefix, y, nHead);
        return Trace.tap(trace, nOut, Trace.linear(trace, y, nProjW, cProjW, nProjB, cProjB));
    }

    void collect(Map<String, Tensor> out) {
        out.put(nAttnW, cAttnW);
        out.put(nAttnB, cAttnB);
        out.put(nProjW, cProjW);
        out.put(nProjB, cProjB);
    }
}
