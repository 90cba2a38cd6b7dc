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

    private static final long HALF = 1L << 31, QUARTER = 1L << 30, MASK = (1L << 32) - 1;

    /**
     * The interval [low, high] is kept with high inclusive, so it fits 32 bits. After each symbol:
     * while both ends share their leading bit, that bit is settled (write it, then the pending bits,
     * its opposite) and the interval doubles; while it sits in the middle half, straddling 1/2, the
     * next settled bit is not known yet but the one after is its opposite: double about the middle
     * and count a pending bit. At the end the interval holds 1/2, so a single 1 (then the zeros a
     * decoder reads past the end) names a point inside it.
     */
    public static byte[] encode(int[] message, long[][] cumulative) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int[] buffer = {0, 0}; // bits waiting to fill a byte, how many
        java.util.function.IntConsumer write = bit -> {
            buffer[0] = (buffer[0] << 1) | bit;
            if (++buffer[1] == 8) {
                out.write(buffer[0]);
                buffer[0] = buffer[1] = 0;
            }
        };
        long low = 0, high = MASK;
        int pending = 0;
        for (int i = 0; i < message.length; i++) {
            long[] slice = narrow(low, high + 1, cumulative[i], message[i]);
            low = slice[0];
            high = slice[1] - 1;
            while (((low ^ high) & HALF) == 0) {
                int b = (int) (low >>> 31);
                write.accept(b);
                for (; pending > 0; pending--) write.accept(b ^ 1);
                low = (low << 1) & MASK;
                high = ((high << 1) & MASK) | 1;
            }
            while ((low & ~high & QUARTER) != 0) {
                pending++;
                low = (low << 1) ^ HALF;
                high = ((high ^ HALF) << 1) | HALF | 1;
            }
        }
        write.accept(1);
        while (buffer[1] != 0) write.accept(0);
        return out.toByteArray();
    }
}
