package jielong.lm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

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

    /** For each context: how many tokens followed it in all (the row sums of {@link #counts}). */
    private final Map<Context, long[]> totals;

    private NGramModel(int vocabSize, int order, double alpha, Map<Context, Map<Integer, int[]>> counts) {
        this(vocabSize, order, alpha, counts, rowTotals(counts));
    }

    private NGramModel(int vocabSize, int order, double alpha, Map<Context, Map<Integer, int[]>> counts, Map<Context, long[]> totals) {
        this.vocabSize = vocabSize;
        this.order = order;
        this.alpha = alpha;
        this.counts = counts;
        this.totals = totals;
    }

    private static Map<Context, long[]> rowTotals(Map<Context, Map<Integer, int[]>> counts) {
        Map<Context, long[]> totals = new HashMap<>();
        counts.forEach((c, row) -> {
            long sum = 0;
            for (int[] n : row.values()) sum += n[0];
            totals.put(c, new long[] {sum});
        });
        return totals;
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

    /** The same counts with another smoothing {@code alpha} (0 = the maximum-likelihood estimate); nothing is counted again. */
    public NGramModel withAlpha(double alpha) {
        if (!(alpha >= 0)) throw new IllegalArgumentException("smoothing alpha must be ≥ 0, got " + alpha);
        return new NGramModel(vocabSize, order, alpha, counts, totals);
    }

    /** Smoothing added to every count. */
    public double alpha() {
        return alpha;
    }

    /**
     * P(next | context) for one token, in constant time: the entry {@code next} of {@link
     * #probabilities(int[])} without building the whole forecast (for scoring long texts).
     */
    public double probability(int[] context, int next) {
        if (next < 0 || next >= vocabSize) throw new IllegalArgumentException("token id " + next + " is outside the vocabulary [0, " + vocabSize + ")");
        Context c = key(context);
        long[] total = totals.get(c);
        double all = (total == null ? 0 : total[0]) + alpha * vocabSize;
        if (all == 0) return 1.0 / vocabSize;
        return (count(context, next) + alpha) / all;
    }

    /**
     * {@code count} continuations of {@code prompt}, each of at most {@code maxNewTokens} tokens and
     * ending early after {@code stop} (kept; −1 for none), drawn from the forecast raised to the power
     * 1/temperature and renormalised: the distribution {@link LanguageModel#generate} draws from with
     * {@code Sampling.temperature(t)}, but in time proportional to the tokens actually seen after each
     * context rather than the vocabulary. The same seed gives the same texts.
     */
    public int[][] sample(int[] prompt, int count, int maxNewTokens, int stop, double temperature, long seed) {
        if (count < 0 || maxNewTokens < 0) throw new IllegalArgumentException("count and maxNewTokens must be ≥ 0, got " + count + " and " + maxNewTokens);
        if (!(temperature > 0) || Double.isInfinite(temperature)) throw new IllegalArgumentException("temperature must be a positive number, got " + temperature + " (use a small one, 0.01, for nearly greedy)");
        Random rng = new Random(seed);
        Map<Context, Row> rows = new HashMap<>(); // each context's cumulative weights, built once per call
        int[][] out = new int[count][];
        int[] text = Arrays.copyOf(prompt, prompt.length + maxNewTokens);
        for (int s = 0; s < count; s++) {
            int length = prompt.length;
            for (int i = 0; i < maxNewTokens; i++) {
                int[] context = Arrays.copyOfRange(text, Math.max(0, length - (order - 1)), length);
                int next = rows.computeIfAbsent(key(context), c -> row(c, temperature)).draw(rng, vocabSize);
                text[length++] = next;
                if (next == stop) break;
            }
            out[s] = Arrays.copyOfRange(text, prompt.length, length);
        }
        return out;
    }

    /**
     * A context's forecast as cumulative weights: the tokens seen after it in increasing id with
     * (count + α)^(1/T) each, then every unseen token sharing α^(1/T) apiece.
     */
    private record Row(int[] seen, double[] cumulative, double unseenEach, double total) {
        int draw(Random rng, int vocabSize) {
            double u = rng.nextDouble() * total;
            int n = seen.length;
            if (n > 0 && u < cumulative[n - 1]) {
                int i = Arrays.binarySearch(cumulative, u);
                i = i >= 0 ? i + 1 : -i - 1; // the first entry above u
                return seen[Math.min(i, n - 1)];
            }
            if ((unseenEach == 0 || n == vocabSize) && n > 0) return seen[n - 1]; // rounding put u at the very top
            int r = (int) Math.min(vocabSize - n - 1, (long) ((u - (n > 0 ? cumulative[n - 1] : 0)) / unseenEach));
            for (int id : seen) { // the r-th token not seen, counting ids in order
                if (id <= r) r++;
                else break;
            }
            return r;
        }
    }

    private Row row(Context c, double temperature) {
        Map<Integer, int[]> found = counts.get(c);
        int[] seen = found == null ? new int[0] : found.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] cumulative = new double[seen.length];
        double top = alpha; // weights relative to the largest, so that a low temperature cannot overflow
        for (int id : seen) top = Math.max(top, found.get(id)[0] + alpha);
        double sum = 0;
        for (int i = 0; i < seen.length; i++) cumulative[i] = sum += Math.pow((found.get(seen[i])[0] + alpha) / top, 1 / temperature);
        double unseenEach = alpha == 0 ? 0 : Math.pow(alpha / top, 1 / temperature);
        if (seen.length == 0 && alpha == 0) unseenEach = 1; // never seen, unsmoothed: uniform, as probabilities() says
        return new Row(seen, cumulative, unseenEach, sum + unseenEach * (vocabSize - seen.length));
    }

    private Context key(int[] context) {
        int k = Math.min(context.length, order - 1);
        return new Context(Arrays.copyOfRange(context, context.length - k, context.length));
    }
}
