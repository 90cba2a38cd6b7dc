package jielong.model;

import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/** One transformer block, pre-LayerNorm: x + attn(ln_1(x)), then + mlp(ln_2(x)). */
public final class Block {
    final Tensor ln1G, ln1B, ln2G, ln2B;
    final Attention attn;
    final Mlp mlp;
    private final float dropout;

    Block(GptConfig c, Random rng) {
        ln1G = Init.ones(c.nEmbd());
        ln1B = Init.zeros(c.nEmbd());
        attn = new Attention(c, rng);
        ln2G = Init.ones(c.nEmbd());
        ln2B = Init.zeros(c.nEmbd());
        mlp = new Mlp(c, rng);
        dropout = c.dropout();
    }

    Tensor forward(Tensor x, int batch, int t, Random dropoutRng) {
        float p = dropoutRng == null ? 0f : dropout;
        x = Ops.add(x, Ops.dropout(attn.forward(Ops.layerNorm(x, ln1G, ln1B), batch, t), p, dropoutRng));
        return Ops.add(x, Ops.dropout(mlp.forward(Ops.layerNorm(x, ln2G, ln2B)), p, dropoutRng));
    }

    void collect(String prefix, Map<String, Tensor> out) {
        out.put(prefix + "ln_1.weight", ln1G);
        out.put(prefix + "ln_1.bias", ln1B);
        attn.collect(prefix + "attn.", out);
        out.put(prefix + "ln_2.weight", ln2G);
        out.put(prefix + "ln_2.bias", ln2B);
        mlp.collect(prefix + "mlp.", out);
    }
}
