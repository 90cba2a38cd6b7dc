package jielong.exercises.ch07;

/**
 * Exercises of notebook 07, emergence: score a batch of answers two ways, predict the
 * all-or-nothing score from the per-token one, split the pairs of a + b mod p for grokking, and
 * read off a curve when a model generalised.
 */
public final class Emergence {
    private Emergence() {}

    /**
     * Exercise 1: the share of answers that are entirely right, and the share of the right
     * answers' tokens that the model got, position by position; return {exact match, per-token
     * accuracy}. {@code answers[i]} is the model's answer to problem i, {@code truths[i]} the right
     * one. A position past the end of a short answer counts as wrong; extra tokens count for nothing.
     */
    public static double[] exactAndTokenAccuracy(int[][] answers, int[][] truths) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 07, exercise 1");
    }

    /**
     * Exercise 2: if each of an answer's {@code length} tokens is right with probability p,
     * independently, how often is the whole answer right? And, the other way round, what
     * per-token accuracy does an exact-match rate of {@code exact} take? Return {exact match for p,
     * per-token accuracy for exact}.
     */
    public static double[] exactFromTokens(double p, double exact, int length) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 07, exercise 2");
    }

    /**
     * Exercise 3: the training and validation split for grokking. Take every pair (a, b) of
     * a + b mod p in the seeded order of {@code jielong.data.ModularArithmetic.table(p, seed)}
     * (keep only the '+' facts, in their order); the first round(fraction · p²) train, the rest
     * validate. Return {train inputs, train labels, validation inputs, validation labels}, the
     * inputs as a, b, a, b, ... laid end to end and the labels as (a + b) mod p.
     */
    public static int[][] grokkingSplit(int p, double fraction, long seed) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 07, exercise 3");
    }

    /**
     * Exercise 4: the first of the measured {@code steps} at which {@code accuracy} reached
     * {@code threshold}, or -1 if it never did.
     */
    public static int stepsToGeneralise(double[] steps, double[] accuracy, double threshold) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 07, exercise 4");
    }
}
