package jielong.model;

import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/** The feed-forward half of a block: widen 4×, GELU, project back (c_fc, c_proj). */
public final class Mlp {
    final Tensor cFcW, cFcB, cProjW, cProjB;
    private final String nFcW, nFcB, nProjW, nProjB, nAct, nOut;

    Mlp(GptConfig c, Random rng, int layer) {
        cFcW = Init.normal(rng, Init.STD, c.nEmbd(), 4 * c.nEmbd());
        cFcB = Init.zeros(4 * c.nEmbd());
        cProjW = Init.normal(rng, Init.STD / Math.sqrt(2.0 * c.nLayer()), 4 * c.nEmbd(), c.nEmbd());
        cProjB = Init.zeros(c.nEmbd());
        String p = "h." + layer + ".mlp.";
        nFcW = p + "c_fc.weight";
        nFcB = p + "c_fc.bias";
        nProjW = p + "c_proj.weight";
        nProjB = p + "c_proj.bias";
        nAct = p + "act";
        nOut = p + "out";
    }

    Tensor forward(Tensor x, Trace trace) {
        Tensor act = Trace.tap(trace, nAct, Ops.gelu(Trace.linear(trace, x, nFcW, cFcW, nFcB, cFcB)));
        return Trace.tap(trace, nOut, Trace.linear(trace, act, nProjW, cProjW, nProjB, cProjB));
    }

    void collect(Map<String, Tensor> out) {
        out.put(nFcW, cFcW);
        out.put(nFcB, cFcB);
        out.put(nProjW, cProjW);
        out.put(nProjB, cProjB);
    }
}
