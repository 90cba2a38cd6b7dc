package jielong.exercises.ch02;

import java.util.List;

/**
 * Exercises of notebook 02, the word-chain game (文字接龙): how the next token is chosen from the
 * model's scores (logits), the bigram model, and how to measure the results. Probabilities are
 * doubles; ties go to the lower token id.
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

    /**
     * Exercise 5: the bigram model, as a table. Row {@code previous}, column {@code next}: the
     * probability that {@code next} comes after {@code previous}, counted in the training tokens
     * with add-alpha smoothing (alpha added to every count). A token that never comes before
     * another has nothing to count: give it the uniform distribution.
     */
    public static double[][] bigram(int[] tokens, int vocabSize, double alpha) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 02, exercise 5");
    }

    /**
     * Exercise 6: how surprised a bigram table is by a text, in bits per token: the cross-entropy
     * over every token of the text except the first, which has nothing before it.
     */
    public static double crossEntropyBits(double[][] bigram, int[] tokens) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 02, exercise 6");
    }

    /**
     * Exercise 7: distinct-n over several texts pooled: the number of different n-grams (runs of n
     * characters, Unicode code points) divided by the number of n-grams; 0 when there are none.
     */
    public static double distinct(List<String> texts, int n) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 02, exercise 7");
    }
}
