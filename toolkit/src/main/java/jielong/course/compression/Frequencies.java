package jielong.course.compression;

import java.util.Arrays;

/**
 * A probability distribution rounded to whole-number frequencies, which arithmetic coding needs so
 * that encoder and decoder compute exactly the same intervals. Every symbol keeps a frequency of at
 * least 1: a symbol the model thought impossible must still be codable.
 */
public final class Frequencies {
    /** Total of a table made from probabilities: 2^24, far below the coder's smallest interval of 2^30. */
    public static final long TOTAL = 1L << 24;
    private final long[] cumulative; // cumulative[s] = sum of frequencies of symbols before s

    private Frequencies(long[] cumulative) {
        this.cumulative = cumulative;
    }

    /** Frequencies proportional to {@code p} (which should add up to 1), each at least 1, adding up to about {@link #TOTAL}. */
    public static Frequencies of(double[] p) {
        long spare = TOTAL - p.length; // what is left after every symbol's guaranteed 1
        if (spare <= 0) throw new IllegalArgumentException(p.length + " symbols are too many for a table of " + TOTAL);
        long[] c = new long[p.length + 1];
        for (int s = 0; s < p.length; s++) c[s + 1] = c[s] + 1 + (long) (p[s] * spare);
        return new Frequencies(c);
    }

    /** The same frequency for every symbol. */
    public static Frequencies uniform(int symbols) {
        long[] c = new long[symbols + 1];
        for (int s = 0; s <= symbols; s++) c[s] = s;
        return new Frequencies(c);
    }

    public long total() {
        return cumulative[cumulative.length - 1];
    }

    /** Start of symbol s's slice. */
    public long low(int s) {
        return cumulative[s];
    }

    /** End (exclusive) of symbol s's slice. */
    public long high(int s) {
        return cumulative[s + 1];
    }

    /** The symbol whose slice holds {@code value} (0 ≤ value < total). */
    public int symbolAt(long value) {
        int i = Arrays.binarySearch(cumulative, value);
        // An exact hit is the start of a slice; skip empty slices that start at the same place.
        if (i >= 0) {
            while (i + 1 < cumulative.length && cumulative[i + 1] == value) i++;
            return i;
        }
        return -i - 2;
    }

    /** Bits this table charges for symbol s: −log2(frequency / total). */
    public double bits(int s) {
        return -Math.log((double) (high(s) - low(s)) / total()) / Math.log(2);
    }
}
