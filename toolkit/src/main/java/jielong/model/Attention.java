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
    /** Attention weights [B, H, T, T] of the latest forward pass, for plots. */
    Tensor lastWeights;

    Attention(GptConfig c, Random rng) {
        nHead = c.nHead();
        cAttnW = Init.normal(rng, Init.STD, c.nEmbd(), 3 * c.nEmbd());
        cAttnB = Init.zeros(3 * c.nEmbd());
        // GPT-2 scales the projections into the residual stream by 1/√(2·layers) so it does not grow with depth.
        cProjW = Init.normal(rng, Init.STD / Math.sqrt(2.0 * c.nLayer()), c.nEmbd(), c.nEmbd());
        cProjB = Init.zeros(c.nEmbd());
    }

    Tensor forward(Tensor x, int batch, int t) {
        Tensor qkv = Ops.linear(x, cAttnW, cAttnB);
        Ops.Attended a = Ops.attention(qkv, batch, t, nHead);
        lastWeights = a.probs();
        return Ops.linear(a.y(), cProjW, cProjB);
    }

    void collect(String prefix, Map<String, Tensor> out) {
        out.put(prefix + "c_attn.weight", cAttnW);
        out.put(prefix + "c_attn.bias", cAttnB);
        out.put(prefix + "c_proj.weight", cProjW);
        out.put(prefix + "c_proj.bias", cProjB);
    }
}
