package jielong.exercises.ch02;

/**
 * Exercises of notebook 02, the word-chain game (文字接龙): how the next token is chosen from the
 * model's scores (logits). Probabilities are doubles; ties go to the lower token id.
 */
public final class WordChain {
    private WordChain() {}

    /** Exercise 1 (one loop): greedy choice, the id of the largest logit (the lowest id on ties). */
    public static int greedy(float[] logits) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 02, exercise 1");
    }

    /**
     * Exercise 2: the probabilities softmax(logits / temperature). A temperature below 1 sharpens
     * the distribution, above 1 flattens it. Subtract the largest logit first to avoid overflow.
     */
    public static double[] withTemperature(float[] logits, double temperature) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 02, exercise 2");
    }

    /**
     * Exercise 3: top-k. Keep the k most probable tokens (on ties, lower ids first), set the others
     * to 0, and rescale the kept ones to add up to 1. Do not change the input array.
     */
    public static double[] topK(double[] probabilities, int k) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 02, exercise 3");
    }

    /**
     * Exercise 4: top-p (nucleus). Going from the most probable token down (lower ids first on
     * ties), keep tokens until their probabilities add up to at least p; zero the rest and rescale.
     */
    public static double[] topP(double[] probabilities, double p) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 02, exercise 4");
    }
}
