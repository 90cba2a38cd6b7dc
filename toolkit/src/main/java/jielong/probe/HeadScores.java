package jielong.probe;

/**
 * Scores that say what an attention head does, from its weights on one sequence: weights[i][j] is how
 * much position i takes from position j (Elhage et al. 2021; Olsson et al. 2022). Each is a share of
 * weight between 0 and 1, averaged over the positions where the pattern has somewhere to look.
 */
public final class HeadScores {
    private HeadScores() {}

    /** Share of weight on the previous position (i − 1), averaged over positions 1 and on. */
    public static double previousToken(float[][] weights) {
        check(weights, weights.length);
        if (weights.length < 2) return Double.NaN;
        double sum = 0;
        for (int i = 1; i < weights.length; i++) sum += weights[i][i - 1];
        return sum / (weights.length - 1);
    }

    /**
     * The induction score: at every position i whose token occurred before, at some j − 1 &lt; i − 1,
     * the share of weight on the positions j just after those earlier occurrences (the token that
     * came next last time), averaged over such positions; NaN if no token repeats.
     */
    public static double induction(float[][] weights, int[] tokens) {
        check(weights, tokens.length);
        double sum = 0;
        int counted = 0;
        for (int i = 1; i < tokens.length; i++) {
            double share = 0;
            boolean any = false;
            // j − 1 < i − 1 leaves out j = i, the position itself, which "the token after" would otherwise name when tokens repeat back to back
            for (int j = 1; j < i; j++) {
                if (tokens[j - 1] == tokens[i]) {
                    share += weights[i][j];
                    any = true;
                }
            }
            if (any) {
                sum += share;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private static void check(float[][] weights, int t) {
        if (weights.length != t) throw new IllegalArgumentException("attention weights have " + weights.length + " rows for " + t + " tokens");
        for (float[] row : weights) {
            if (row.length != t) throw new IllegalArgumentException("attention weights must be square, [T][T]; a row has " + row.length + " of " + t);
        }
    }
}
