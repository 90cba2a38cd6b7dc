package jielong.exercises.ch08;

/**
 * Exercises of notebook 08, from black box to white box (黑箱白盒化). Matrices are
 * {@code float[rows][cols]}; a residual stream row has C numbers, the vocabulary V tokens.
 */
public final class WhiteBox {
    private WhiteBox() {}

    /**
     * Exercise 1: the logit lens for one position. Apply the final LayerNorm to a residual-stream
     * row (subtract its mean, divide by √(variance + 1e-5) with the variance over the C numbers, then
     * multiply by gain and add bias, number by number), then the tied head: logit v = (normalised
     * row) · wte[v]. Returns V logits.
     */
    public static float[] lensLogits(float[] residual, float[] gain, float[] bias, float[][] wte) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 08, exercise 1");
    }

    /**
     * Exercise 2: the induction score of one head. weights[i][j] is how much position i takes from
     * position j. At each position i whose token occurred earlier, at some position j − 1 &lt; i − 1,
     * add up the weight on every such j (the position just after an earlier occurrence); average
     * these sums over the positions that have at least one. NaN when no token repeats.
     */
    public static double inductionScore(float[][] weights, int[] tokens) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 08, exercise 2");
    }

    /**
     * Exercise 3: a linear probe. Fit binary logistic regression, p(y = 1 | x) = σ(w · x + b), to rows x
     * with labels y (0 or 1) by {@code steps} steps of full-batch gradient descent on the mean
     * cross-entropy, starting from zero, with the given learning rate. Returns D + 1 numbers: the D
     * weights, then the bias b.
     */
    public static double[] fitProbe(float[][] x, int[] y, int steps, double learningRate) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 08, exercise 3");
    }

    /**
     * Exercise 4: attention's output with one head removed. {@code heads} is [T][C], every head's
     * output side by side (head h in columns h·C/H up to (h + 1)·C/H); zero head {@code ablated}'s
     * columns, then project: out = heads · projWeight + projBias (projWeight is C × C). Returns [T][C].
     */
    public static float[][] withoutHead(float[][] heads, int headCount, int ablated, float[][] projWeight, float[] projBias) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 08, exercise 4");
    }
}
