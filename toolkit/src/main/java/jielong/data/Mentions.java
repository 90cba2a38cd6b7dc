package jielong.data;

import java.util.Random;

/**
 * How many times each of n things is mentioned in a corpus, drawn from a skewed law: a truncated
 * Zipf (zeta) law, P(k) ∝ k^(−s) for k = 1 .. max. With s = 2 about three in five things are
 * mentioned once and a few are mentioned dozens of times, as people and facts are on the web.
 */
public final class Mentions {
    private Mentions() {}

    /** n counts in 1 .. max, each drawn independently from P(k) ∝ k^(−exponent), with {@code random}. */
    public static int[] zipf(Random random, int n, double exponent, int max) {
        if (n < 0) throw new IllegalArgumentException("the number of things must be at least 0, got " + n);
        if (max < 1) throw new IllegalArgumentException("the largest count must be at least 1, got " + max);
        if (!(exponent >= 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("the exponent must be a number ≥ 0 (0: every count alike), got " + exponent);
        }
        double[] cumulative = cumulative(exponent, max);
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int k = 0;
            while (k < max - 1 && cumulative[k] <= u) k++;
            counts[i] = k + 1;
        }
        return counts;
    }

    /** P(k) for k = 1 .. max under the truncated law, index k − 1. */
    public static double[] probabilities(double exponent, int max) {
        double[] p = new double[max];
        double z = 0;
        for (int k = 1; k <= max; k++) z += p[k - 1] = Math.pow(k, -exponent);
        for (int k = 0; k < max; k++) p[k] /= z;
        return p;
    }

    private static double[] cumulative(double exponent, int max) {
        double[] p = probabilities(exponent, max);
        for (int k = 1; k < max; k++) p[k] += p[k - 1];
        return p;
    }
}
