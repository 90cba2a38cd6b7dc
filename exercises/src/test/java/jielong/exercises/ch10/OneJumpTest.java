package jielong.exercises.ch10;

import java.util.Random;

import jielong.diffusion.ForwardProcess;
import jielong.diffusion.NoiseSchedule;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "x_t from x_0 in one jump")
class OneJumpTest {
    /** The toolkit's closed form is the reference. */
    private static void check(NoiseSchedule s, int t, long seed, int dims) {
        Random rng = new Random(seed);
        double[] x0 = new double[dims], eps = new double[dims];
        float[] x0f = new float[dims], epsf = new float[dims];
        for (int i = 0; i < dims; i++) {
            x0f[i] = (float) (2 * rng.nextDouble() - 1);
            epsf[i] = (float) rng.nextGaussian();
            x0[i] = x0f[i];
            eps[i] = epsf[i];
        }
        float[] want = ForwardProcess.jump(s, x0f, t, epsf);
        double alphaBar = s.alphaBar(t);
        Case c = Case.of("noisyInOneJump(x0, " + alphaBar + ", eps), step " + t + " of " + s.steps()).input("x0", x0).input("eps", eps);
        c.expectFloats(want, toFloats(c.run(() -> Ch10.noisyInOneJump(x0, alphaBar, eps))), 1e-5);
    }

    static float[] toFloats(double[] x) {
        if (x == null) return null;
        float[] f = new float[x.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) x[i];
        return f;
    }

    @Test
    @Points(1)
    void aPointInThePlane() {
        check(NoiseSchedule.linear(50, 1e-4, 0.02), 25, 1, 2);
    }

    @Test
    @Points(1)
    void theFirstAndLastSteps() {
        NoiseSchedule s = NoiseSchedule.linear(50, 1e-4, 0.02);
        check(s, 1, 2, 2);
        check(s, 50, 3, 2);
    }

    @Test
    @Points(1)
    void aSixteenBySixteenImage() {
        check(NoiseSchedule.linear(200, 1e-4, 0.02), 150, 4, 256);
    }
}
