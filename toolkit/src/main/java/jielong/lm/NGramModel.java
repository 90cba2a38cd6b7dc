package jielong.lm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An n-gram model (Shannon 1948): the next token's probability from the n−1 tokens before it,
 * counted in a text. Add-alpha smoothing gives unseen continuations a little probability:
 * P(next | context) = (count(context, next) + α) / Σ_j (count(context, j) + α). Near the start of
 * a text, where fewer than n−1 tokens came before, it uses the shorter context (the unigram
 * frequencies for none); a context never seen gives a uniform forecast.
 */
public final class NGramModel implements LanguageModel {
    private final int vocabSize, order;
    private final double alpha;
    /** For each context (0 to n−1 tokens) seen in the text: how often each token followed it. */
    private final Map<Context, Map<Integer, int[]>> counts;

    /** A context as a map key. */
    private record Context(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Context c && Arrays.equals(ids, c.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }

    private NGramModel(int vocabSize, int order, double alpha, Map<Context, Map<Integer, int[]>> counts) {
        this.vocabSize = vocabSize;
        this.order = order;
        this.alpha = alpha;
        this.counts = counts;
    }

    /** Counts every n-gram of the text (and every shorter one, for the start of a text); {@code alpha} is added to every count (0 = none). */
    public static NGramModel fit(int[] tokens, int vocabSize, int n, double alpha) {
        if (n < 1) throw new IllegalArgumentException("an n-gram model needs n ≥ 1 (1 = unigram, 2 = bigram), got " + n);
        if (alpha < 0) throw new IllegalArgumentException("smoothing alpha must be ≥ 0, got " + alpha);
        Map<Context, Map<Integer, int[]>> counts = new HashMap<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] < 0 || tokens[i] >= vocabSize) throw new IllegalArgumentException("token id " + tokens[i] + " at " + i + " is outside the vocabulary [0, " + vocabSize + ")");
            for (int k = 0; k < n && k <= i; k++) {
                Context c = new Context(Arrays.copyOfRange(tokens, i - k, i));
                counts.computeIfAbsent(c, x -> new HashMap<>()).computeIfAbsent(tokens[i], x -> new int[1])[0]++;
            }
        }
        return new NGramModel(vocabSize, n, alpha, counts);
    }

    /** n: how many tokens an n-gram spans (the context is n − 1 of them). */
    public int order() {
        return order;
    }

    @Override
    public int vocabSize() {
        return vocabSize;
    }

    /** How many times {@code next} followed {@code context} (its last n−1 tokens) in the text. */
    public int count(int[] context, int next) {
        Map<Integer, int[]> row = counts.get(key(context));
        int[] c = row == null ? null : row.get(next);
        return c == null ? 0 : c[0];
    }

    @Override
    public double[] probabilities(int[] context) {
        double[] p = new double[vocabSize];
        Map<Integer, int[]> row = counts.get(key(context));
        double total = 0;
        for (int j = 0; j < vocabSize; j++) {
            int[] c = row == null ? null : row.get(j);
            total += p[j] = (c == null ? 0 : c[0]) + alpha;
        }
        if (total == 0) { // a context never seen, without smoothing: nothing to go on
            Arrays.fill(p, 1.0 / vocabSize);
            return p;
        }
        for (int j = 0; j < vocabSize; j++) p[j] /= total;
        return p;
    }

    /** Exact log-probabilities (−∞ where the probability is 0). */
    @Override
    public double[] logProbabilities(int[] context) {
        double[] p = probabilities(context);
        for (int j = 0; j < p.length; j++) p[j] = Math.log(p[j]);
        return p;
    }

    /** log P as float logits, −1e30 for probability 0 (a finite stand-in for −∞, so softmax gives 0). */
    @Override
    public float[] logits(int[] context) {
        double[] p = probabilities(context);
        float[] l = new float[vocabSize];
        for (int j = 0; j < vocabSize; j++) l[j] = p[j] > 0 ? (float) Math.log(p[j]) : -1e30f;
        return l;
    }

    @Override
    public Reader reader() {
        return new Reader() {
            private int[] recent = new int[0]; // the last n−1 tokens read

            @Override
            public float[] accept(int token) {
                int keep = Math.min(recent.length + 1, order - 1);
                int[] r = new int[keep];
                if (keep > 0) {
                    System.arraycopy(recent, recent.length + 1 - keep, r, 0, keep - 1);
                    r[keep - 1] = token;
                }
                recent = r;
                return logits();
            }

            @Override
            public float[] logits() {
                return NGramModel.this.logits(recent);
            }

            @Override
            public double[] probabilities() {
                return NGramModel.this.probabilities(recent);
            }

            @Override
            public double[] logProbabilities() {
                return NGramModel.this.logProbabilities(recent);
            }
        };
    }

    private Context key(int[] context) {
        int k = Math.min(context.length, order - 1);
        return new Context(Arrays.copyOfRange(context, context.length - k, context.length));
    }
}
