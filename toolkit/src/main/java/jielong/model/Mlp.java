package jielong.model;

import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/** The feed-forward half of a block: widen 4×, GELU, project back (c_fc, c_proj). */
public final class Mlp {
    final Tensor cFcW, cFcB, cProjW, cProjB;

    Mlp(GptConfig c, Random rng) {
        cFcW = Init.normal(rng, Init.STD, c.nEmbd(), 4 * c.nEmbd());
        cFcB = Init.zeros(4 * c.nEmbd());
        cProjW = Init.normal(rng, Init.STD / Math.sqrt(2.0 * c.nLayer()), 4 * c.nEmbd(), c.nEmbd());
        cProjB = Init.zeros(c.nEmbd());
    }

    Tensor forward(Tensor x) {
        return Ops.linear(Ops.gelu(Ops.linear(x, cFcW, cFcB)), cProjW, cProjB);
    }

    void collect(String prefix, Map<String, Tensor> out) {
        out.put(prefix + "c_fc.weight", cFcW);
        out.put(prefix + "c_fc.bias", cFcB);
        out.put(prefix + "c_proj.weight", cProjW);
        out.put(prefix + "c_proj.bias", cProjB);
    }
}
