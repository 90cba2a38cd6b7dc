package jielong.model;

import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * One transformer block, pre-LayerNorm: x + attn(ln_1(x)), then + mlp(ln_2(x)). The same forward
 * serves a training batch, an evaluation pass and one step of cached decoding.
 */
public final class Block {
    final Tensor ln1G, ln1B, ln2G, ln2B;
    final Attention attn;
    final Mlp mlp;
    private final float dropout;
    private final String nLn1G, nLn1B, nLn2G, nLn2B, nResidPre, nLn1, nResidMid, nLn2, nResidPost;

    Block(GptConfig c, Random rng, int layer) {
        ln1G = Init.ones(c.nEmbd());
        ln1B = Init.zeros(c.nEmbd());
        attn = new Attention(c, rng, layer);
        ln2G = Init.ones(c.nEmbd());
        ln2B = Init.zeros(c.nEmbd());
        mlp = new Mlp(c, rng, layer);
        dropout = c.dropout();
        String p = "h." + layer + ".";
        nLn1G = p + "ln_1.weight";
        nLn1B = p + "ln_1.bias";
        nLn2G = p + "ln_2.weight";
        nLn2B = p + "ln_2.bias";
        nResidPre = p + "resid_pre";
        nLn1 = p + "ln_1.out";
        nResidMid = p + "resid_mid";
        nLn2 = p + "ln_2.out";
        nResidPost = p + "resid_post";
    }

    /**
     * The block on x[B·T, C]. A dropout generator means training; a cache means decoding (B = 1,
     * the rows at the cache's next positions); a trace records or changes what it names.
     */
    Tensor forward(Tensor x, int batch, int t, KvCache cache, Random dropoutRng, Trace trace) {
        float p = dropoutRng == null ? 0f : dropout;
        x = Trace.tap(trace, nResidPre, x);
        Tensor h1 = Trace.tap(trace, nLn1, Ops.layerNorm(x, Trace.param(trace, nLn1G, ln1G), Trace.param(trace, nLn1B, ln1B)));
        x = Trace.tap(trace, nResidMid, Ops.add(x, Ops.dropout(attn.forward(h1, batch, t, cache, trace), p, dropoutRng)));
        Tensor h2 = Trace.tap(trace, nLn2, Ops.layerNorm(x, Trace.param(trace, nLn2G, ln2G), Trace.param(trace, nLn2B, ln2B)));
        return Trace.tap(trace, nResidPost, Ops.add(x, Ops.dropout(mlp.forward(h2, trace), p, dropoutRng)));
    }

    void collect(Map<String, Tensor> out) {
        out.put(nLn1G, ln1G);
        out.put(nLn1B, ln1B);
        attn.collect(out);
        out.put(nLn2G, ln2G);
        out.put(nLn2B, ln2B);
        mlp.collect(out);
    }
}
