package jielong.exercises.ch08;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.probe.LogitLens;

@Exercise(value = 1, title = "the logit lens for one position")
class LensLogitsTest {
    @Test
    @Points(1)
    void aHandSizedRow() {
        // mean 2.5, variance 1.25: the row normalises to (-1.342, -0.447, 0.447, 1.342)
        float[] r = {1, 2, 3, 4}, gain = {1, 1, 1, 1}, bias = {0, 0, 0, 0};
        float[][] wte = {{1, 0, 0, 0}, {0, 0, 0, 1}, {1, 1, 1, 1}};
        Case c = Case.of("lensLogits(residual, gain, bias, wte)").input("residual", r).input("wte", wte);
        float[] want = {-1.3416355f, 1.3416355f, 0f};
        c.expectFloats(want, c.run(() -> Ch08.lensLogits(r, gain, bias, wte)), 1e-4);
    }

    @Test
    @Points(2)
    void theToolkitsLensOnARandomModel() {
        Gpt gpt = new Gpt(new GptConfig(9, 4, 2, 2, 8, 0f), 3);
        Random rng = new Random(4);
        gpt.parameters().forEach((n, p) -> {
            for (int i = 0; i < p.size(); i++) p.data[i] += (float) (rng.nextGaussian() * 0.5);
        });
        float[][] residual = Ch08.random(rng, 1, 8);
        float[] gain = gpt.parameters().get("ln_f.weight").data, bias = gpt.parameters().get("ln_f.bias").data;
        float[] wteFlat = gpt.parameters().get("wte.weight").data;
        float[][] wte = new float[9][8];
        for (int v = 0; v < 9; v++) System.arraycopy(wteFlat, v * 8, wte[v], 0, 8);
        float[] want = LogitLens.read(gpt, Tensor.of(residual[0].clone(), 1, 8)).data;
        Case c = Case.of("lensLogits(residual, ln_f gain, ln_f bias, wte)").input("residual", residual[0]).input("gain", gain).input("bias", bias);
        c.expectFloats(want, c.run(() -> Ch08.lensLogits(residual[0], gain, bias, wte)), 1e-4);
    }
}
