package jielong.exercises.ch05;

/**
 * Exercises of notebook 05, training is compression: what a model's forecasts cost in bits, the
 * rounding of probabilities that arithmetic coding needs, one step of the coder, then the whole
 * encoder.
 */
public final class Compression {
    private Compression() {}

    /**
     * Exercise 1: cross-entropy in bits. {@code probabilities[i]} is the probability the model gave,
     * at step i, to the symbol that actually came next. Return Σ −log2 p: the size of the file an
     * ideal coder would write with these forecasts.
     */
    public static double crossEntropyBits(double[] probabilities) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 05, exercise 1");
    }

    /**
     * Exercise 2: round a probability vector (adding up to 1, up to rounding) to whole-number
     * frequencies that add up to exactly {@code total}, each at least 1 (a symbol the model thought
     * impossible must still be codable) and each close to its share p·total. Assume total is at
     * least the number of symbols. The toolkit's {@code Frequencies.of} keeps the same promises
     * except that its counts add up only to about its total.
     */
    public static long[] frequencies(double[] probabilities, long total) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 05, exercise 2");
    }

    /**
     * Exercise 3, the encoder's step: the coder's interval is [low, high) in whole numbers, and
     * symbol s owns the slice [cumulative[s], cumulative[s + 1]) of a frequency table whose total is
     * cumulative's last entry. Return the part of [low, high) that symbol s owns, {newLow, newHigh},
     * the interval cut in proportion to the table as the notebook describes. Both ends are whole
     * numbers: round each one down from its exact position (the decoder computes the same cuts, so
     * the rounding has to be exactly the toolkit's ArithmeticEncoder's).
     */
    public static long[] narrow(long low, long high, long[] cumulative, int symbol) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 05, exercise 3");
    }

    /**
     * Exercise 3, the decoder's lookup: the symbol s whose slice holds {@code value}, that is
     * cumulative[s] ≤ value < cumulative[s + 1]. Every slice holds at least one value.
     */
    public static int symbolAt(long[] cumulative, long value) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 05, exercise 3");
    }

    /**
     * Exercise 4, the whole encoder: code {@code message[i]} with the frequency table
     * {@code cumulative[i]} (laid out as in exercise 3, totals at most 2^24) and return the coded
     * bits, eight to a byte, the first bit in a byte's highest place, the last byte filled up with 0s.
     * The interval lives in 32-bit whole numbers, [0, 2^32) at the start, and is narrowed by your
     * {@link #narrow} at every symbol. Keep it wide as the notebook explains: write out the leading
     * bits it has settled, zoom in when it is caught around the middle, and at the end write just
     * enough bits to name a point inside it. The toolkit's ArithmeticDecoder must read your bits
     * back, and the file should be no more than a couple of bytes over the table's cross-entropy.
     */
    public static byte[] encode(int[] message, long[][] cumulative) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 05, exercise 4");
    }
}
