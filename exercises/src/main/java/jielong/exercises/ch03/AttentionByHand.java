package jielong.exercises.ch03;

/**
 * Exercises of notebook 03, attention by hand (多头注意力). Matrices are {@code float[rows][cols]};
 * row i of q, k and v belongs to the token at position i.
 */
public final class AttentionByHand {
    private AttentionByHand() {}

    /**
     * Exercise 1: scaled dot-product scores, scores[i][j] = (q_i · k_j) / √d, where d is the width
     * of a query (q[0].length). Queries and keys have T rows each; the result is T × T.
     */
    public static float[][] scores(float[][] q, float[][] k) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 03, exercise 1");
    }

    /**
     * Exercise 2: the causal mask and softmax. Position i may only look at positions 0..i: give every
     * later position weight 0, and turn each row of the remaining scores into probabilities.
     */
    public static float[][] causalSoftmax(float[][] scores) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 03, exercise 2");
    }

    /** Exercise 3: one head: out = causalSoftmax(scores(q, k)) · v, a T × (v's width) matrix. */
    public static float[][] head(float[][] q, float[][] k, float[][] v) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 03, exercise 3");
    }

    /**
     * Exercise 4: the full multi-head forward pass, laid out like the toolkit's. qkv has T rows of
     * 3·C values: the query (columns 0..C-1), the key (C..2C-1) and the value (2C..3C-1). Head h uses
     * columns h·C/heads up to (h+1)·C/heads of each. The result has T rows of C values: the heads'
     * outputs side by side, head h in the same columns it took its query from.
     */
    public static float[][] multiHead(float[][] qkv, int heads) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 03, exercise 4");
    }
}
