package jielong.cost;

import java.util.Arrays;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.KvCache;

/**
 * Seconds a GPT takes for one new token on this machine, measured three ways: with the KV cache
 * (one position's work), without it (the whole window again), and the least any decoder must
 * spend, one pass that reads every weight once (a matrix-vector product per matrix). Each figure
 * is the best of several timings after a warm-up, because other work on the machine only ever
 * slows a timing down.
 */
public final class DecodeSpeed {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    /** Small models are timed again until this many seconds have gone by, so the JIT has settled and one slow timing cannot decide. */
    private static final double MIN_SECONDS = 0.3;
    /** At most this many timings, however small the model. */
    private static final int MAX_REPEATS = 100_000;

    private DecodeSpeed() {}

    /**
     * Seconds per token of cached decoding with {@code context} tokens already in the cache: each of
     * {@code tokens} steps after a prefill is timed on its own, over at least {@code repeats} rounds,
     * and the fastest step counts (a short timing is the likeliest to have had the core to itself).
     */
    public static double cached(Gpt model, int context, int tokens, int repeats) {
        check(model, context, tokens, repeats);
        if (context + tokens > model.config.blockSize()) {
            throw new IllegalArgumentException("context " + context + " plus " + tokens + " timed tokens exceed the model's context of " + model.config.blockSize());
        }
        int[] prompt = tokens(context, model.config.vocabSize());
        KvCache cache = new KvCache(model.config);
        double best = Double.POSITIVE_INFINITY;
        long start = System.nanoTime();
        for (int r = 0; r < repeats + 1 || (r < MAX_REPEATS && System.nanoTime() - start < MIN_SECONDS * 1e9); r++) {
            cache.clear();
            model.forward(prompt, cache, null);
            for (int i = 0; i < tokens; i++) {
                long t0 = System.nanoTime();
                model.step(i % model.config.vocabSize(), cache);
                if (r > 0) best = Math.min(best, (System.nanoTime() - t0) / 1e9); // round 0 warms the JIT up
            }
        }
        return best;
    }

    /** Seconds per token without a cache: one forward pass over a window of {@code context} tokens, the best of {@code repeats}. */
    public static double uncached(Gpt model, int context, int repeats) {
        check(model, context, 1, repeats);
        if (context > model.config.blockSize()) throw new IllegalArgumentException("context " + context + " exceeds the model's " + model.config.blockSize());
        int[] window = tokens(context, model.config.vocabSize());
        double best = Double.POSITIVE_INFINITY;
        long start = System.nanoTime();
        for (int r = 0; r < repeats + 1 || (r < MAX_REPEATS && System.nanoTime() - start < MIN_SECONDS * 1e9); r++) {
            long t0 = System.nanoTime();
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                model.forward(window, window.length);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (r > 0) best = Math.min(best, s);
        }
        return best;
    }

    /**
     * Seconds to read every weight of the model once, as decoding one token must: a matrix-vector
     * product through each matrix and a sum over each vector, the best of {@code repeats}. Model bytes
     * over this time is the bandwidth a perfect single-stream decoder of this model would reach.
     */
    public static double weightPass(Gpt model, int repeats) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        Tensor[] weights = model.parameters().values().toArray(Tensor[]::new);
        int widest = Arrays.stream(weights).mapToInt(t -> Math.max(t.rows(), t.cols())).max().orElse(1);
        float[] x = new float[widest], y = new float[widest];
        Arrays.fill(x, 1e-3f);
        double best = Double.POSITIVE_INFINITY;
        float sink = 0;
        long start = System.nanoTime();
        for (int r = 0; r < repeats + 1 || (r < MAX_REPEATS && System.nanoTime() - start < MIN_SECONDS * 1e9); r++) {
            long t0 = System.nanoTime();
            for (Tensor w : weights) {
                float[] data = w.host().data;
                if (w.shape.length == 2) sink += vectorTimesMatrix(x, data, w.rows(), w.cols(), y);
                else for (float v : data) sink += v;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (r > 0) best = Math.min(best, s);
        }
        if (Float.isNaN(sink)) throw new IllegalStateException("the weights hold NaN");
        return best;
    }

    /** y[0, cols) = x[0, rows) · W for row-major W[rows, cols], each weight read once; returns y's first value. */
    static float vectorTimesMatrix(float[] x, float[] w, int rows, int cols, float[] y) {
        Arrays.fill(y, 0, cols, 0f);
        int bound = F.loopBound(cols);
        for (int i = 0; i < rows; i++) {
            FloatVector xi = FloatVector.broadcast(F, x[i]);
            int off = i * cols, j = 0;
            for (; j < bound; j += F.length()) {
                FloatVector.fromArray(F, w, off + j).fma(xi, FloatVector.fromArray(F, y, j)).intoArray(y, j);
            }
            for (; j < cols; j++) y[j] += x[i] * w[off + j];
        }
        return y[0];
    }

    private static void check(Gpt model, int context, int tokens, int repeats) {
        if (model == null) throw new IllegalArgumentException("give a model to time");
        if (context < 1 || tokens < 1 || repeats < 1) {
            throw new IllegalArgumentException("context, tokens and repeats must be at least 1, got " + context + ", " + tokens + ", " + repeats);
        }
    }

    /** A fixed stream of token ids (the speed does not depend on which). */
    private static int[] tokens(int n, int vocab) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = (7 * i + 3) % vocab;
        return t;
    }
}
