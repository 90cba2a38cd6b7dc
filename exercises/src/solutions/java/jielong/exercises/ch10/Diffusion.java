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

    /** Exercise 1: ᾱ_t = (1 − β_1)·…·(1 − β_t). */
    public static double[] alphaBars(double[] betas) {
        double[] a = new double[betas.length];
        double product = 1;
        for (int t = 0; t < betas.length; t++) a[t] = product *= 1 - betas[t];
        return a;
    }

    /** Exercise 2: x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε. */
    public static double[] noisyInOneJump(double[] x0, double alphaBar, double[] eps) {
        double[] x = new double[x0.length];
        for (int i = 0; i < x.length; i++) x[i] = Math.sqrt(alphaBar) * x0[i] + Math.sqrt(1 - alphaBar) * eps[i];
        return x;
    }

    /** Exercise 3: one reverse step with σ_t² = β̃_t. */
    public static double[] reverseStep(double[] xt, double[] epsHat, double beta, double alphaBar, double alphaBarPrevious, double[] z) {
        double sigma = Math.sqrt(beta * (1 - alphaBarPrevious) / (1 - alphaBar));
        double[] x = new double[xt.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (xt[i] - beta / Math.sqrt(1 - alphaBar) * epsHat[i]) / Math.sqrt(1 - beta) + sigma * z[i];
        }
        return x;
    }

    /** Exercise 4: from x_T down to x_0, one predictor call and one reverse step per step. */
    public static double[] sample(double[] start, double[] betas, NoisePredictor predictor, double[][] noises) {
        double[] alphaBar = alphaBars(betas);
        double[] x = start.clone();
        for (int t = betas.length; t >= 1; t--) {
            double previous = t == 1 ? 1 : alphaBar[t - 2];
            x = reverseStep(x, predictor.predict(x, t), betas[t - 1], alphaBar[t - 1], previous, noises[t - 1]);
        }
        return x;
    }
}
