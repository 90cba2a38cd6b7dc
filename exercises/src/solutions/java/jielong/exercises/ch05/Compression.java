package jielong.exercises.ch05;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Reference solutions of notebook 05's exercises. */
public final class Compression {
    private Compression() {}

    /** Σ −log2 p, summed as logarithms: a product of thousands of probabilities would underflow to 0. */
    public static double crossEntropyBits(double[] probabilities) {
        return -Arrays.stream(probabilities).map(p -> Math.log(p) / Math.log(2)).sum();
    }

    /**
     * Every symbol first gets its guaranteed 1; the rest of the total is shared in proportion to p,
     * rounded down, and the few counts rounding down left over go to the largest remainders.
     */
    public static long[] frequencies(double[] probabilities, long total) {
        int n = probabilities.length;
        double sum = Arrays.stream(probabilities).sum(); // dividing by it absorbs p's own rounding
        long spare = total - n, shared = 0;
        long[] f = new long[n];
        double[] remainder = new double[n];
        for (int s = 0; s < n; s++) {
            double share = probabilities[s] / sum * spare;
            long whole = (long) share;
            f[s] = 1 + whole;
            remainder[s] = share - whole;
            shared += whole;
        }
        Integer[] byRemainder = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, Comparator.comparingDouble((Integer s) -> remainder[s]).reversed());
        for (long i = 0; i < spare - shared; i++) f[byRemainder[(int) (i % n)]]++;
        return f;
    }

    /** range·cumulative fits in a long: the coder's range is at most 2^32, a table's total far below 2^31. */
    public static long[] narrow(long low, long high, long[] cumulative, int symbol) {
        long range = high - low, total = cumulative[cumulative.length - 1];
        return new long[] {low + cumulative[symbol] * range / total, low + cumulative[symbol + 1] * range / total};
    }

    /** Binary search for the last slice that starts at or before value. */
    public static int symbolAt(long[] cumulative, long value) {
        int lo = 0, hi = cumulative.length - 2; // the answer lies in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] <= value) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
