package jielong.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Step-by-step noising against the closed form q(x_t | x_0) = N(√ᾱ_t·x_0, (1 − ᾱ_t)·I). */
class ForwardProcessTest {
    static final NoiseSchedule S = NoiseSchedule.linear(50, 1e-4, 0.02);

    @Test
    void stepByStepMomentsFollowTheClosedFormExactly() {
        // mean and variance of x_t given x_0 pushed through the steps by their own recursion
        double m = 1.7, v = 0;
        for (int t = 1; t <= S.steps(); t++) {
            m = Math.sqrt(S.alpha(t)) * m;
            v = S.alpha(t) * v + S.beta(t);
            assertEquals(Math.sqrt(S.alphaBar(t)) * 1.7, m, 1e-12, "mean at step " + t);
            assertEquals(1 - S.alphaBar(t), v, 1e-12, "variance at step " + t);
        }
    }

    @Test
    void sampledTrajectoriesHaveTheClosedFormsMeanAndVariance() {
        int n = 40_000;
        float[] x0 = new float[n];
        java.util.Arrays.fill(x0, 1.5f); // many copies of one coordinate
        List<float[]> frames = ForwardProcess.trajectory(S, x0, new Random(1));
        float[] jump = ForwardProcess.jump(S, x0, 30, ForwardProcess.gaussian(new Random(2), n));
        for (int t : new int[] {1, 10, 30, 50}) {
            double mean = mean(frames.get(t)), var = variance(frames.get(t), mean);
            double wantMean = Math.sqrt(S.alphaBar(t)) * 1.5, wantVar = 1 - S.alphaBar(t);
            double se = Math.sqrt(wantVar / n);
            assertEquals(wantMean, mean, 4 * se, "mean at step " + t);
            assertEquals(wantVar, var, 4 * wantVar * Math.sqrt(2.0 / n), "variance at step " + t);
        }
        double mean = mean(jump);
        assertEquals(Math.sqrt(S.alphaBar(30)) * 1.5, mean, 4 * Math.sqrt((1 - S.alphaBar(30)) / n));
        assertEquals(1 - S.alphaBar(30), variance(jump, mean), 4 * (1 - S.alphaBar(30)) * Math.sqrt(2.0 / n));
    }

    @Test
    void oneStepAndOneJumpAgreeAtTheFirstStep() {
        float[] x0 = {0.5f, -2f}, eps = {0.3f, 1.1f};
        assertArrayEquals(ForwardProcess.step(S, x0, 1, eps), ForwardProcess.jump(S, x0, 1, eps));
        assertEquals((float) (Math.sqrt(1 - 1e-4) * 0.5 + Math.sqrt(1e-4) * 0.3), ForwardProcess.jump(S, x0, 1, eps)[0], 1e-7);
    }

    @Test
    void theTrajectoryIsReproducibleFromItsSeed() {
        float[] x0 = {1, 2, 3, 4};
        assertArrayEquals(ForwardProcess.trajectory(S, x0, new Random(3)).get(50), ForwardProcess.trajectory(S, x0, new Random(3)).get(50));
        assertEquals(51, ForwardProcess.trajectory(S, x0, new Random(3)).size());
    }

    @Test
    void noiseOfTheWrongLengthIsRefused() {
        String m = assertThrows(IllegalArgumentException.class, () -> ForwardProcess.jump(S, new float[4], 3, new float[2])).getMessage();
        assertTrue(m.contains("4 values but the noise has 2"), m);
    }

    static void assertArrayEquals(float[] a, float[] b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
    }

    static double mean(float[] x) {
        double s = 0;
        for (float v : x) s += v;
        return s / x.length;
    }

    static double variance(float[] x, double mean) {
        double s = 0;
        for (float v : x) s += (v - mean) * (v - mean);
        return s / x.length;
    }
}
