package jielong.exercises.ch08;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.model.Trace;

@Exercise(value = 4, title = "a head ablation")
class WithoutHeadTest {
    @Test
    @Points(1)
    void twoHeadsByHand() {
        float[][] heads = {{1, 2, 3, 4}};
        float[][] proj = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {1, 1, 1, 1}};
        float[] bias = {0.5f, 0, 0, 0};
        Case c = Case.of("withoutHead(heads, 2, 0, I with a row of ones, bias)").input("heads", heads);
        // head 0 (columns 0, 1) removed: [0, 0, 3, 4] · proj + bias
        c.expectMatrix(new float[][] {{4.5f, 4, 7, 4}}, c.run(() -> Ch08.withoutHead(heads, 2, 0, proj, bias)), 1e-5);
    }

    @Test
    @Points(2)
    void theTracesAblationOfARealModel() {
        GptConfig shape = new GptConfig(7, 6, 2, 2, 8, 0f);
        Gpt gpt = new Gpt(shape, 21);
        Random rng = new Random(22);
        gpt.parameters().forEach((n, p) -> {
            for (int i = 0; i < p.size(); i++) p.data[i] += (float) (rng.nextGaussian() * 0.4);
        });
        int[] idx = {1, 3, 5, 2, 6, 0};
        Trace trace = Trace.record("h.1.attn.heads").andAblate("h.1.attn.head.1").andRecord("h.1.attn.out");
        Trace plain = Trace.record("h.1.attn.heads");
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            gpt.forward(idx, 6, plain);
            gpt.forward(idx, 6, trace);
        }
        float[][] heads = rows(plain.get("h.1.attn.heads"));
        float[][] proj = rows(gpt.parameters().get("h.1.attn.c_proj.weight"));
        float[] bias = gpt.parameters().get("h.1.attn.c_proj.bias").data.clone();
        Case c = Case.of("withoutHead(layer 1's heads, 2, 1, c_proj weight, c_proj bias)").input("heads", heads);
        c.expectMatrix(rows(trace.get("h.1.attn.out")), c.run(() -> Ch08.withoutHead(heads, 2, 1, proj, bias)), 1e-4);
    }

    private static float[][] rows(Tensor t) {
        float[][] m = new float[t.rows()][t.cols()];
        for (int i = 0; i < m.length; i++) System.arraycopy(t.data, i * t.cols(), m[i], 0, t.cols());
        return m;
    }
}
