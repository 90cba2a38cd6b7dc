package jielong.exercises.ch10;

import java.util.Random;

import jielong.diffusion.NoiseSchedule;
import jielong.diffusion.ReverseProcess;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "one reverse step")
class ReverseStepTest {
    /** The toolkit's reverse step is the reference. */
    private static void check(NoiseSchedule s, int t, long seed) {
        Random rng = new Random(seed);
        float[] xf = new float[2], ef = new float[2], zf = new float[2];
        for (int i = 0; i < 2; i++) {
            xf[i] = (float) rng.nextGaussian();
            ef[i] = (float) rng.nextGaussian();
            zf[i] = (float) (3 * rng.nextGaussian());
        }
        double[] x = doubles(xf), e = doubles(ef), z = doubles(zf);
        float[] want = ReverseProcess.step(s, xf, t, ef, zf);
        double beta = s.beta(t), alphaBar = s.alphaBar(t), previous = s.alphaBar(t - 1);
        Case c = Case.of("reverseStep(xt, epsHat, " + beta + ", " + alphaBar + ", " + previous + ", z), step " + t + " of " + s.steps())
                .input("xt", x).input("epsHat", e).input("z", z);
        c.expectFloats(want, OneJumpTest.toFloats(c.run(() -> Ch10.reverseStep(x, e, beta, alphaBar, previous, z))), 1e-4);
    }

    static double[] doubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < d.length; i++) d[i] = f[i];
        return d;
    }

    @Test
    @Points(1)
    void aStepInTheMiddle() {
        check(NoiseSchedule.linear(50, 1e-4, 0.02), 25, 1);
    }

    @Test
    @Points(1)
    void theFirstStepBackFromNoise() {
        check(NoiseSchedule.linear(50, 1e-4, 0.02), 50, 2);
        check(NoiseSchedule.linear(200, 1e-4, 0.02), 200, 3);
    }

    @Test
    @Points(1)
    void theLastStepAddsNoNoise() {
        check(NoiseSchedule.linear(50, 1e-4, 0.02), 1, 4); // σ_1 = 0: z, here large, must not matter
    }
}
