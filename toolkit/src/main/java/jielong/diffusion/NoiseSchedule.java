package jielong.diffusion;

import java.util.Arrays;

/**
 * The variances β_1..β_T of the forward process and the numbers that follow from them (Ho et al.
 * 2020, section 2): α_t = 1 − β_t, ᾱ_t = α_1·α_2·…·α_t (with ᾱ_0 = 1), and the variance β̃_t of
 * q(x_{t−1} | x_t, x_0). Steps are numbered 1..T, as in the paper. Computed in double precision.
 */
public final class NoiseSchedule {
    private final double[] beta;     // beta[t] for t = 1..T; beta[0] = 0 is never used
    private final double[] alphaBar; // alphaBar[0] = 1

    private NoiseSchedule(double[] betas) {
        beta = new double[betas.length + 1];
        alphaBar = new double[betas.length + 1];
        alphaBar[0] = 1;
        for (int t = 1; t <= betas.length; t++) {
            beta[t] = betas[t - 1];
            alphaBar[t] = alphaBar[t - 1] * (1 - beta[t]);
        }
    }

    /** β_t rising linearly from {@code first} at t = 1 to {@code last} at t = T (DDPM: 1e-4 to 0.02). */
    public static NoiseSchedule linear(int steps, double first, double last) {
        if (steps < 1) throw new IllegalArgumentException("a noise schedule needs at least 1 step, got " + steps);
        double[] b = new double[steps];
        for (int i = 0; i < steps; i++) b[i] = steps == 1 ? first : first + (last - first) * i / (steps - 1);
        return of(b);
    }

    /** A schedule from β_1..β_T given in order; each must lie strictly between 0 and 1. */
    public static NoiseSchedule of(double... betas) {
        if (betas.length == 0) throw new IllegalArgumentException("a noise schedule needs at least 1 step, got none");
        for (int i = 0; i < betas.length; i++) {
            if (!(betas[i] > 0 && betas[i] < 1)) {
                throw new IllegalArgumentException("β_" + (i + 1) + " = " + betas[i]
                        + ": every β must lie strictly between 0 and 1 (DDPM uses 1e-4 to 0.02)");
            }
        }
        return new NoiseSchedule(betas.clone());
    }

    /** T, the number of noising steps. */
    public int steps() {
        return beta.length - 1;
    }

    /** β_t, the variance of the noise added at step t (1..T). */
    public double beta(int t) {
        check(t, 1);
        return beta[t];
    }

    /** α_t = 1 − β_t (t = 1..T). */
    public double alpha(int t) {
        check(t, 1);
        return 1 - beta[t];
    }

    /** ᾱ_t = α_1·…·α_t, the share of the data's variance left in x_t (t = 0..T; ᾱ_0 = 1). */
    public double alphaBar(int t) {
        check(t, 0);
        return alphaBar[t];
    }

    /**
     * β̃_t = β_t·(1 − ᾱ_{t−1}) / (1 − ᾱ_t), the variance of q(x_{t−1} | x_t, x_0) (eq. 7), used for the
     * reverse step's noise; 0 at t = 1, so the last reverse step adds none.
     */
    public double posteriorVariance(int t) {
        check(t, 1);
        return beta[t] * (1 - alphaBar[t - 1]) / (1 - alphaBar[t]);
    }

    /** β_1..β_T, a copy. */
    public double[] betas() {
        return Arrays.copyOfRange(beta, 1, beta.length);
    }

    private void check(int t, int lowest) {
        if (t < lowest || t > steps()) {
            throw new IllegalArgumentException("step " + t + " is outside this schedule's " + lowest + ".." + steps());
        }
    }

    @Override
    public String toString() {
        return String.format("NoiseSchedule[T = %d, β from %.3g to %.3g, ᾱ_T = %.4g]", steps(), beta[1], beta[steps()], alphaBar[steps()]);
    }
}
