package jielong.exercises.ch06;

/**
 * Exercises of notebook 06, scaling laws: count a run's compute, read an exponent off a log-log
 * plot, spend a compute budget the way a fitted law says is best, and find the best model size
 * for a budget from an IsoFLOP curve.
 */
public final class ScalingLaws {
    private ScalingLaws() {}

    /**
     * Exercise 1: training FLOPs of a run on {@code tokens} tokens, forward and backward, counted as
     * the notebook's "Counting compute" counts them (Kaplan et al. 2020): the non-embedding
     * parameters and attention, not the output head.
     */
    public static double trainingFlops(long nonEmbeddingParams, long tokens, int layers, int context, int width) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 06, exercise 1");
    }

    /**
     * Exercise 2: the exponent alpha of a power law L = A / x^alpha without a floor. On log-log axes it
     * is a straight line, log L = log A − alpha·log x: fit that line to the points by least squares
     * and return alpha (positive when loss falls as x grows).
     */
    public static double powerLawExponent(double[] x, double[] loss) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 06, exercise 2");
    }

    /**
     * Exercise 3: a budget of {@code flops} FLOPs, with C = 6·N·D, and a fitted law
     * L(N, D) = e + a / N^alpha + b / D^beta. Choose the parameters N and tokens D that give the
     * lowest loss within the budget; return {N, D}. (A search over N works; so does calculus.)
     */
    public static double[] spendBudget(double flops, double e, double a, double b, double alpha, double beta) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 06, exercise 3");
    }

    /**
     * Exercise 4: the bottom of an IsoFLOP curve. {@code parameters[i]} and {@code loss[i]} are runs
     * of about the same compute. Fit a parabola to loss against ln N by least squares, as
     * Hoffmann et al.'s approach 2 does, and return the N at its bottom; return NaN when the curve
     * has no bottom among the runs (fewer than 3 runs, a parabola that opens downwards, or a bottom
     * below the smallest or above the largest model).
     */
    public static double isoFlopMinimum(double[] parameters, double[] loss) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 06, exercise 4");
    }
}
