package jielong.exercises.ch04;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.train.AdamW;
import jielong.train.TrainConfig;

@Exercise(value = 3, title = "one AdamW update")
class AdamWTest {
    static final float[] W = {0.5f, -0.25f, 1.0f, 0.0f, -2.0f, 0.125f};
    static final float[][] GRADS = {{0.1f, -0.3f, 0.02f, 0.5f, -1f, 0f}, {0.2f, 0.1f, -0.05f, -0.5f, -0.8f, 0.3f}};

    /** The toolkit's AdamW on a [2, 3] matrix (so weight decay applies), for a number of steps. */
    static float[] toolkit(TrainConfig config, float lr, int steps) {
        Tensor w = Tensor.param(W.clone(), 2, 3);
        AdamW optimiser = new AdamW(Map.of("w", w));
        for (int s = 0; s < steps; s++) {
            System.arraycopy(GRADS[s], 0, w.grad(), 0, W.length);
            optimiser.step(config, lr);
        }
        return w.data.clone();
    }

    private static void check(TrainConfig config, float lr, int steps) {
        float[] want = toolkit(config, lr, steps);
        float[] w = W.clone(), m = new float[W.length], v = new float[W.length];
        Case c = Case.of("adamW(w, grad, m, v, t, " + lr + ", " + config.beta1() + ", " + config.beta2() + ", 1e-8, "
                + config.weightDecay() + ") for " + steps + " step(s)").input("w", W).input("grad (step 1)", GRADS[0]);
        for (int s = 0; s < steps; s++) {
            int t = s + 1;
            float[] current = w;
            w = c.run(() -> Ch04.adamW(current, GRADS[t - 1], m, v, t, lr, config.beta1(), config.beta2(), 1e-8, config.weightDecay()));
        }
        c.expectFloats(want, w, 1e-6);
    }

    @Test
    @Points(1)
    void firstStepWithoutWeightDecay() {
        check(TrainConfig.defaults().withWeightDecay(0f), 0.01f, 1);
    }

    @Test
    @Points(1)
    void firstStepWithWeightDecay() {
        check(TrainConfig.defaults(), 0.01f, 1);
    }

    @Test
    @Points(2)
    void secondStepUsesTheRunningAverages() {
        check(TrainConfig.defaults(), 0.01f, 2);
    }
}
