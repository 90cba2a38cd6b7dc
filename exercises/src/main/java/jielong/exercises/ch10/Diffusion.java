package jielong.exercises.ch10;

/**
 * Exercises of notebook 10, diffusion models: the noise left after t steps of a schedule, noising
 * in one jump, one step of the reverse process, and the sampling loop that turns noise into data.
 * Steps are numbered 1..T as in Ho et al. 2020; points are arrays of coordinates.
 */
public final class Diffusion {
    private Diffusion() {}

    /** A network that predicts the noise in x_t at step t: one value per coordinate of x. */
    @FunctionalInterface
    public interface NoisePredictor {
        double[] predict(double[] xt, int t);
    }

    /**
     * Exercise 1: given β_1..β_T ({@code betas[t - 1]} is β_t), return ᾱ_1..ᾱ_T, where
     * α_t = 1 − β_t and ᾱ_t = α_1·α_2·…·α_t.
     */
    public static double[] alphaBars(double[] betas) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 10, exercise 1");
    }

    /**
     * Exercise 2: x_t drawn from q(x_t | x_0) in one jump, x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε, for a point
     * x_0, ᾱ_t and standard normal noise ε (one value per coordinate).
     */
    public static double[] noisyInOneJump(double[] x0, double alphaBar, double[] eps) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 10, exercise 2");
    }

    /**
     * Exercise 3: one step of the reverse process (Ho et al. 2020, Algorithm 2),
     * x_{t−1} = (x_t − β_t / √(1 − ᾱ_t)·ε̂) / √α_t + σ_t·z, with σ_t² = β̃_t = β_t·(1 − ᾱ_{t−1}) / (1 − ᾱ_t).
     * {@code epsHat} is the predicted noise, {@code z} fresh standard normal noise; at t = 1,
     * ᾱ_{t−1} = ᾱ_0 = 1, so σ_1 = 0.
     */
    public static double[] reverseStep(double[] xt, double[] epsHat, double beta, double alphaBar, double alphaBarPrevious, double[] z) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 10, exercise 3");
    }

    /**
     * Exercise 4: the sampling loop. Start from x_T = {@code start}; for t = T down to 1, ask the
     * predictor for the noise in x_t at step t and take one reverse step with the noise
     * {@code noises[t - 1]} (unused at t = 1). Return x_0. {@code betas[t - 1]} is β_t.
     */
    public static double[] sample(double[] start, double[] betas, NoisePredictor predictor, double[][] noises) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 10, exercise 4");
    }
}
