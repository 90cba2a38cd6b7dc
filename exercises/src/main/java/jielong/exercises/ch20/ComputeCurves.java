package jielong.exercises.ch20;

import java.util.List;

/**
 * Exercises of notebook 20, where scaling goes next: the compute of a training run, a results
 * file read into a compute curve, the compute-efficient frontier, and the exponent of loss against
 * compute.
 */
public final class ComputeCurves {
    private ComputeCurves() {}

    /**
     * Exercise 1: training FLOPs as lesson 06 counts them (Kaplan et al. 2020): each token costs
     * 6 FLOPs per non-embedding parameter plus 6·layers·context·width for attention, so
     * C = (6·N + 6·layers·context·width)·D for D tokens.
     */
    public static double trainingFlops(long nonEmbeddingParameters, int layers, int context, int width, long tokens) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 20, exercise 1");
    }

    /**
     * Exercise 2: read lesson 18's {@code compute.csv} (its lines, the header {@code stage,flops,metric,value}
     * first) into the curve of one stage and metric: {@code {flops, values}}, two arrays ordered by FLOPs
     * (rows of equal FLOPs keep the file's order). Throw an {@link IllegalArgumentException} naming the
     * header when the first line is not exactly that header. Blank lines are skipped.
     */
    public static double[][] computeCurve(List<String> csvLines, String stage, String metric) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 20, exercise 2");
    }

    /**
     * Exercise 3: the compute-efficient frontier. Walk the points by increasing FLOPs (equal FLOPs:
     * lower index first) and keep each point whose loss is strictly lower than every point kept
     * before it. Return the kept points' indices, in that order.
     */
    public static int[] frontier(double[] flops, double[] loss) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 20, exercise 3");
    }

    /**
     * Exercise 4: the exponent α of L = A·C^(−α): fit a straight line to (ln C, ln L) by least squares
     * (slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²) and return minus its slope.
     */
    public static double powerLawExponent(double[] flops, double[] loss) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 20, exercise 4");
    }
}
