package jielong.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import jielong.engine.Tensor;
import org.junit.jupiter.api.Test;

/** The reverse step against the posterior mean of eq. 7, and a denoiser that knows the true noise. */
class ReverseProcessTest {
    static final NoiseSchedule S = NoiseSchedule.linear(50, 1e-4, 0.02);

    /** ε̂ = (x_t − √ᾱ_t·x_0) / √(1 − ᾱ_t): the noise that separates each x_t from the known x_0. */
    static NoisePredictor knowing(float[] x0) {
        return (xt, t) -> {
            float[] e = new float[xt.size()];
            for (int i = 0; i < e.length; i++) {
                double a = S.alphaBar((int) t[i / xt.cols()]);
                e[i] = (float) ((xt.data[i] - Math.sqrt(a) * x0[i]) / Math.sqrt(1 - a));
            }
            return Tensor.of(e, xt.shape);
        };
    }

    @Test
    void aDenoiserThatKnowsTheNoiseGivesBackX0() {
        float[] x0 = {0.75f, -1.25f, 1.5f, 0.25f};
        for (long seed = 1; seed <= 3; seed++) {
            ReverseProcess.Trajectory tr = ReverseProcess.sample(knowing(x0), S, 2, 2, seed);
            assertArrayEquals(x0, tr.sample(), 1e-5f, "seed " + seed);
            assertEquals(50, tr.steps());
        }
    }

    @Test
    void theStepWithTheTrueNoiseIsThePosteriorMeanPlusNoise() {
        Random rng = new Random(4);
        int t = 20;
        float[] x0 = {0.3f, -0.8f}, eps = ForwardProcess.gaussian(rng, 2), z = ForwardProcess.gaussian(rng, 2);
        float[] xt = ForwardProcess.jump(S, x0, t, eps);
        float[] got = ReverseProcess.step(S, xt, t, eps, z);
        // μ̃_t(x_t, x_0) = √ᾱ_{t−1}·β_t / (1 − ᾱ_t)·x_0 + √α_t·(1 − ᾱ_{t−1}) / (1 − ᾱ_t)·x_t (Ho et al. eq. 7)
        double ab = S.alphaBar(t), abPrev = S.alphaBar(t - 1);
        for (int i = 0; i < 2; i++) {
            double mu = Math.sqrt(abPrev) * S.beta(t) / (1 - ab) * x0[i] + Math.sqrt(S.alpha(t)) * (1 - abPrev) / (1 - ab) * xt[i];
            assertEquals(mu + Math.sqrt(S.posteriorVariance(t)) * z[i], got[i], 1e-5);
        }
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        NoisePredictor p = (xt, t) -> Tensor.of(xt.data.clone(), xt.shape);
        assertArrayEquals(ReverseProcess.sample(p, S, 5, 2, 9).sample(), ReverseProcess.sample(p, S, 5, 2, 9).sample());
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        NoisePredictor wrong = (xt, t) -> Tensor.of(new float[3], 3, 1);
        String m = assertThrows(IllegalArgumentException.class, () -> ReverseProcess.sample(wrong, S, 2, 2, 1)).getMessage();
        assertTrue(m.contains("must return one value per coordinate"), m);
        m = assertThrows(IllegalArgumentException.class, () -> ReverseProcess.sample(knowing(new float[2]), S, new float[5], 2, new Random(1))).getMessage();
        assertTrue(m.contains("5 starting values do not make points of 2"), m);
        m = assertThrows(IllegalArgumentException.class, () -> ReverseProcess.sample(knowing(new float[2]), S, 0, 2, 1)).getMessage();
        assertTrue(m.contains("at least 1 point"), m);
    }
}
