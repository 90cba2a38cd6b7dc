package jielong.diffusion;

import java.util.Arrays;
import java.util.Random;

import jielong.engine.Tensor;

/**
 * The reverse process p_θ: sampling by starting from pure noise x_T ~ N(0, I) and removing, step by
 * step, the noise a {@link NoisePredictor} sees (Ho et al. 2020, Algorithm 2). A sample of n points
 * costs T evaluations of the network on a batch of n.
 */
public final class ReverseProcess {
    private ReverseProcess() {}

    /** Every x_t of a sampling run, from x_T (pure noise) down to x_0 (the sample): {@code at(t)}. */
    public record Trajectory(int dims, float[][] frames) {
        /** x_t, the n points at step t (0 = the finished sample, T = the starting noise). */
        public float[] at(int t) {
            return frames[t];
        }

        /** x_0, the finished sample. */
        public float[] sample() {
            return frames[0];
        }

        /** T, the number of reverse steps taken. */
        public int steps() {
            return frames.length - 1;
        }
    }

    /**
     * One reverse step: x_{t−1} = (x_t − β_t / √(1 − ᾱ_t)·ε̂) / √α_t + σ_t·z with σ_t² = β̃_t, the
     * posterior variance; z is standard normal noise (ignored at t = 1, where σ_1 = 0).
     */
    public static float[] step(NoiseSchedule s, float[] xt, int t, float[] epsHat, float[] z) {
        ForwardProcess.sameLength("reverse step", xt, epsHat);
        ForwardProcess.sameLength("reverse step", xt, z);
        double c = s.beta(t) / Math.sqrt(1 - s.alphaBar(t)), a = 1 / Math.sqrt(s.alpha(t));
        double sigma = Math.sqrt(s.posteriorVariance(t));
        float[] x = new float[xt.length];
        for (int i = 0; i < x.length; i++) x[i] = (float) (a * (xt[i] - c * epsHat[i]) + sigma * z[i]);
        return x;
    }

    /** n samples of {@code dims} coordinates from pure noise, every random number from the seed. */
    public static Trajectory sample(NoisePredictor model, NoiseSchedule s, int n, int dims, long seed) {
        if (n < 1 || dims < 1) throw new IllegalArgumentException("sample: need at least 1 point of at least 1 coordinate, got " + n + " x " + dims);
        Random rng = new Random(seed);
        return sample(model, s, ForwardProcess.gaussian(rng, n * dims), dims, rng);
    }

    /** The reverse process from a given x_T (n·dims values), fresh noise from rng at each step. */
    public static Trajectory sample(NoisePredictor model, NoiseSchedule s, float[] start, int dims, Random rng) {
        if (dims < 1 || start.length == 0 || start.length % dims != 0) {
            throw new IllegalArgumentException("sample: " + start.length + " starting values do not make points of " + dims + " coordinates");
        }
        int n = start.length / dims;
        float[][] frames = new float[s.steps() + 1][];
        frames[s.steps()] = start.clone();
        float[] x = start;
        try (Tensor.NoGrad off = Tensor.noGrad()) {
            for (int t = s.steps(); t >= 1; t--) {
                float[] times = new float[n];
                Arrays.fill(times, t);
                Tensor eps = model.predictNoise(Tensor.of(x.clone(), n, dims), times).host();
                if (eps.size() != x.length) {
                    throw new IllegalArgumentException("the noise predictor returned shape " + Arrays.toString(eps.shape)
                            + " for " + n + " points of " + dims + " coordinates; it must return one value per coordinate");
                }
                float[] z = t > 1 ? ForwardProcess.gaussian(rng, x.length) : new float[x.length];
                frames[t - 1] = x = step(s, x, t, eps.data, z);
            }
        }
        return new Trajectory(dims, frames);
    }
}
