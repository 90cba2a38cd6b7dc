package jielong.exercises.ch19;

import java.util.List;
import java.util.Random;

/**
 * Exercises of notebook 19, model collapse: one generation of the Gaussian loop, the variety of a
 * set of texts (distinct-n), the weight of the rare tokens (tail mass), and a training set that
 * keeps some real data.
 */
public final class Collapse {
    private Collapse() {}

    /**
     * Exercise 1: one generation of the Gaussian loop. Fit a Gaussian to {@code samples} by maximum
     * likelihood (mean μ = Σx/n, spread σ = sqrt(Σ(x − μ)²/n), dividing by n, not n − 1), then return
     * n new samples μ + σ·z, taking z from {@code rng.nextGaussian()} one after another.
     */
    public static double[] nextGeneration(double[] samples, Random rng) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 19, exercise 1");
    }

    /**
     * Exercise 2: distinct-n of the texts (each an array of token ids): the number of different
     * n-grams over the number of n-grams, counting only n-grams inside one text (a text of length L
     * holds L − n + 1 of them, none if L &lt; n). Return 0 when there is no n-gram at all.
     */
    public static double distinctN(int[][] texts, int n) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 19, exercise 2");
    }

    /**
     * Exercise 3: tail mass. {@code referenceCounts[i]} is how often token i occurs in the real data.
     * The tail is the rarest tokens of the reference (fewest occurrences first, ties broken by the
     * lower id, tokens with count 0 never in it), taken one by one while their counts together stay
     * within {@code share} of all the reference's tokens (stop at the first that would go over).
     * Return the share of the tokens of {@code texts} that are in the tail (0 if the texts are empty).
     */
    public static double tailMass(long[] referenceCounts, double share, int[][] texts) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 19, exercise 3");
    }

    /**
     * Exercise 4: keep some real data. Return a training set of {@code real.size()} items: k =
     * round(realShare · real.size()) real items chosen at random (use {@code rng}) without taking any
     * item twice, followed by the first real.size() − k items of {@code synthetic}.
     */
    public static List<String> mixRealAndSynthetic(List<String> real, List<String> synthetic, double realShare, Random rng) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 19, exercise 4");
    }
}
