package jielong.synthetic;

import java.util.Random;

/**
 * A normal distribution N(mean, sigma²), fitted by maximum likelihood: the sample mean and the
 * spread with 1/n, not 1/(n−1). Refitted to n of its own samples, its variance shrinks by (n−1)/n
 * a generation in expectation (E[σ̂²] = (n−1)/n · σ²), which is why the loop collapses.
 *
 * @param mean  μ
 * @param sigma σ, the standard deviation (≥ 0)
 */
public record Gaussian(double mean, double sigma) {
    public Gaussian {
        if (!Double.isFinite(mean) || !(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("a Gaussian needs a finite mean and a finite sigma ≥ 0, got mean " + mean + ", sigma " + sigma);
        }
    }

    /** The standard normal, N(0, 1). */
    public static Gaussian standard() {
        return new Gaussian(0, 1);
    }

    /** The maximum-likelihood fit: μ̂ = Σx/n, σ̂² = Σ(x − μ̂)²/n. */
    public static Gaussian fit(double[] x) {
        if (x.length == 0) throw new IllegalArgumentException("cannot fit a Gaussian to no samples: give it at least one");
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double squares = 0;
        for (double v : x) squares += (v - mean) * (v - mean);
        return new Gaussian(mean, Math.sqrt(squares / x.length));
    }

    /** σ². */
    public double variance() {
        return sigma * sigma;
    }

    /** n independent samples, μ + σ·z with z from {@code rng}'s standard normal. */
    public double[] sample(int n, Random rng) {
        if (n < 0) throw new IllegalArgumentException("cannot draw " + n + " samples: n must be ≥ 0");
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = mean + sigma * rng.nextGaussian();
        return x;
    }
}
