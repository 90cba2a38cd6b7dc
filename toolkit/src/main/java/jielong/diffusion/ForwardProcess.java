package jielong.diffusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The forward process q: Gaussian noise added to data, a little at each step (Ho et al. 2020, eq. 2),
 * or all at once from x_0 to x_t by the closed form (eq. 4), which is what makes training cheap:
 * a batch can hold every step without simulating the steps before it.
 */
public final class ForwardProcess {
    private ForwardProcess() {}

    /** One step of q(x_t | x_{t−1}): x_t = √α_t·x_{t−1} + √β_t·ε. */
    public static float[] step(NoiseSchedule s, float[] previous, int t, float[] eps) {
        sameLength("step", previous, eps);
        double a = Math.sqrt(s.alpha(t)), b = Math.sqrt(s.beta(t));
        float[] x = new float[previous.length];
        for (int i = 0; i < x.length; i++) x[i] = (float) (a * previous[i] + b * eps[i]);
        return x;
    }

    /** q(x_t | x_0) in one jump: x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε. */
    public static float[] jump(NoiseSchedule s, float[] x0, int t, float[] eps) {
        sameLength("jump", x0, eps);
        double a = Math.sqrt(s.alphaBar(t)), b = Math.sqrt(1 - s.alphaBar(t));
        float[] x = new float[x0.length];
        for (int i = 0; i < x.length; i++) x[i] = (float) (a * x0[i] + b * eps[i]);
        return x;
    }

    /** x_0, x_1, ..., x_T: the data noised step by step with fresh noise from rng; element t is x_t. */
    public static List<float[]> trajectory(NoiseSchedule s, float[] x0, Random rng) {
        List<float[]> frames = new ArrayList<>(s.steps() + 1);
        frames.add(x0.clone());
        float[] x = x0;
        for (int t = 1; t <= s.steps(); t++) frames.add(x = step(s, x, t, gaussian(rng, x.length)));
        return frames;
    }

    /** n independent standard normal values from rng. */
    public static float[] gaussian(Random rng, int n) {
        float[] z = new float[n];
        for (int i = 0; i < n; i++) z[i] = (float) rng.nextGaussian();
        return z;
    }

    static void sameLength(String what, float[] x, float[] eps) {
        if (x.length != eps.length) {
            throw new IllegalArgumentException(what + ": the points have " + x.length + " values but the noise has "
                    + eps.length + "; give one noise value per coordinate");
        }
    }
}
