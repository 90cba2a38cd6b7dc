package jielong.exercises.ch05;

/**
 * Exercises of notebook 05, training is compression: what a model's forecasts cost in bits, the
 * rounding of probabilities that arithmetic coding needs, and one step of the coder itself.
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
     * cumulative's last entry. Narrow the interval to symbol s's share of it: with range = high − low,
     * return {low + cumulative[s]·range / total, low + cumulative[s + 1]·range / total}, in integer
     * arithmetic rounding down (multiply first), as the toolkit's ArithmeticEncoder does.
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
}
