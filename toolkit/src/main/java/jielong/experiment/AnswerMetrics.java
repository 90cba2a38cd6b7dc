package jielong.experiment;

import java.util.Arrays;

/**
 * Four ways to score a model's answers against the right ones, token by token: exact match (the
 * whole answer right, all or nothing), per-token accuracy (the share of the right answer's
 * positions the model got), token edit distance (insertions, deletions and substitutions to turn
 * one into the other), and the exact match that independent tokens would give, p^L. Schaeffer et
 * al. (2023) showed that an ability that seems to appear suddenly with scale is often the first of
 * these measured on a model whose per-token accuracy improves smoothly.
 */
public final class AnswerMetrics {
    private AnswerMetrics() {}

    /** 1 when the answer is the right one token for token (same length too), else 0. */
    public static int exactMatch(int[] answer, int[] truth) {
        return Arrays.equals(answer, truth) ? 1 : 0;
    }

    /**
     * How many positions of the right answer the model's answer holds the same token at; a
     * position past the end of a short answer counts as wrong, extra tokens count for nothing.
     */
    public static int tokensRight(int[] answer, int[] truth) {
        int n = 0;
        for (int i = 0; i < truth.length; i++) if (i < answer.length && answer[i] == truth[i]) n++;
        return n;
    }

    /**
     * Levenshtein distance between two token sequences: the fewest single-token insertions,
     * deletions and substitutions that turn one into the other (0 only when they are equal).
     */
    public static int editDistance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1], current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) previous[j] = j;
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length];
    }

    /**
     * The exact-match rate that answers of the given lengths (in tokens) would have if each token
     * were right with probability p independently of the others: the mean of p^L. It rises from
     * near 0 to 1 far more steeply than p does, which is the whole of many "emergent" jumps.
     */
    public static double predictedExactMatch(double p, int[] lengths) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("a per-token accuracy is between 0 and 1, got " + p);
        if (lengths.length == 0) throw new IllegalArgumentException("give the length of at least one answer");
        double sum = 0;
        for (int length : lengths) {
            if (length < 1) throw new IllegalArgumentException("an answer has at least one token, got length " + length);
            sum += Math.pow(p, length);
        }
        return sum / lengths.length;
    }

    /** Totals over a set of answers; {@link #add} one answer at a time. */
    public static final class Tally {
        private long answers, exact, tokensRight, tokens, editDistance;

        /** Scores one answer against the right one. */
        public Tally add(int[] answer, int[] truth) {
            if (truth.length == 0) throw new IllegalArgumentException("the right answer has no tokens");
            answers++;
            exact += AnswerMetrics.exactMatch(answer, truth);
            tokensRight += AnswerMetrics.tokensRight(answer, truth);
            tokens += truth.length;
            editDistance += AnswerMetrics.editDistance(answer, truth);
            return this;
        }

        /** Answers scored. */
        public long answers() {
            return answers;
        }

        /** Share of answers entirely right, 0 to 1. */
        public double exactMatch() {
            return (double) exact / answers;
        }

        /** Share of the right answers' tokens matched position by position, 0 to 1. */
        public double tokenAccuracy() {
            return (double) tokensRight / tokens;
        }

        /** Mean edit distance per answer, in tokens. */
        public double meanEditDistance() {
            return (double) editDistance / answers;
        }
    }
}
