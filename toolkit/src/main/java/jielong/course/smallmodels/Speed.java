package jielong.course.smallmodels;

import java.util.List;
import java.util.Random;

import jielong.model.Gpt;
import jielong.model.KvCache;
import jielong.model.Trace;
import jielong.quant.QuantizedMatVec;
import jielong.quant.QuantizedMatrix;
import jielong.quant.Quantizer;

/**
 * Speeds measured on this machine, side by side in one run and the best of several repeats (other
 * programs' load only ever slows a repeat down): one matrix-vector product with fp32, int8 and int4
 * weights, and single-stream decoding (one token at a time with the KV cache) of a model.
 */
public final class Speed {
    private Speed() {}

    /**
     * One size's products: milliseconds per product and the weight bytes each read.
     *
     * @param rows    the input width
     * @param cols    the output width
     * @param fp32Ms  best milliseconds per product, fp32 weights
     * @param int8Ms  best milliseconds per product, int8 per-channel codes
     * @param int4Ms  best milliseconds per product, int4 per-channel codes
     */
    public record MatVec(int rows, int cols, double fp32Ms, double int8Ms, double int4Ms) {
        /** fp32 weight bytes. */
        public long fp32Bytes() {
            return 4L * rows * cols;
        }

        /** The fp32 product's rate of reading weights, bytes per second. */
        public double fp32BytesPerSecond() {
            return fp32Bytes() / (fp32Ms / 1e3);
        }

        /** How many times faster int8 is than fp32. */
        public double int8Speedup() {
            return fp32Ms / int8Ms;
        }

        /** How many times faster int4 is than fp32. */
        public double int4Speedup() {
            return fp32Ms / int4Ms;
        }
    }

    /**
     * Times x·W for a square-ish W[n, n] of each size: the three kinds interleaved, {@code repeats}
     * rounds, each round calling a product enough times to take about {@code roundMs} milliseconds.
     */
    public static MatVec matVec(int rows, int cols, int repeats, double roundMs, long seed) {
        Random rng = new Random(seed);
        float[] w = new float[rows * cols], x = new float[rows], y = new float[cols];
        for (int i = 0; i < w.length; i++) w[i] = (float) (0.02 * rng.nextGaussian());
        for (int i = 0; i < rows; i++) x[i] = (float) rng.nextGaussian();
        QuantizedMatrix q8 = Quantizer.int8PerChannel().quantize(w, rows, cols), q4 = Quantizer.int4PerChannel().quantize(w, rows, cols);
        Runnable fp32 = () -> QuantizedMatVec.matvec(x, w, rows, cols, null, y);
        Runnable int8 = () -> QuantizedMatVec.matvec(x, q8, null, y);
        Runnable int4 = () -> QuantizedMatVec.matvec(x, q4, null, y);
        List<Runnable> kinds = List.of(fp32, int8, int4);
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (Runnable k : kinds) warmUp(k, 150); // let the JIT compile the loops before anything counts
        int calls = Math.max(1, (int) (roundMs / Math.max(1e-3, once(fp32))));
        for (int r = 0; r < repeats; r++) {
            for (int k = 0; k < kinds.size(); k++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) kinds.get(k).run();
                best[k] = Math.min(best[k], (System.nanoTime() - t0) / 1e6 / calls);
            }
        }
        return new MatVec(rows, cols, best[0], best[1], best[2]);
    }

    /**
     * {@link #matVec} for square matrices of each size, measured from the largest down (so the JIT
     * has compiled the loops, on the large ones, before the small ones count), returned smallest first.
     */
    public static List<MatVec> matVecs(int[] sizes, int repeats, double roundMs, long seed) {
        int[] sorted = sizes.clone();
        java.util.Arrays.sort(sorted);
        MatVec[] out = new MatVec[sorted.length];
        for (int i = sorted.length - 1; i >= 0; i--) out[i] = matVec(sorted[i], sorted[i], repeats, roundMs, seed);
        return List.of(out);
    }

    /** Runs r for about {@code ms} milliseconds (at least 50 times). */
    static void warmUp(Runnable r, double ms) {
        long end = System.nanoTime() + (long) (ms * 1e6);
        for (int i = 0; i < 50 || System.nanoTime() < end; i++) r.run();
    }

    private static double once(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * Single-stream decoding speed, tokens per second, of each model with its trace (null: the
     * model's own kernels): each decodes the same {@code tokens} positions from an empty cache, in
     * turn, for {@code repeats} rounds after at least 1 s of warm-up rounds; each one's best round counts.
     */
    public static double[] decode(List<Gpt> models, List<Trace> traces, int tokens, int repeats) {
        if (models.size() != traces.size()) throw new IllegalArgumentException("one trace (or null) per model: " + models.size() + " models, " + traces.size() + " traces");
        double[] best = new double[models.size()];
        Random rng = new Random(16);
        long warm = System.nanoTime() + 1_000_000_000L; // warm-up rounds for at least 1 s, so the JIT has compiled every path
        int warmRounds = 0;
        while (warmRounds < 2 || System.nanoTime() < warm) {
            decodeRound(models, traces, tokens, rng, null);
            warmRounds++;
        }
        for (int r = 0; r < repeats; r++) decodeRound(models, traces, tokens, rng, best);
        return best;
    }

    private static void decodeRound(List<Gpt> models, List<Trace> traces, int tokens, Random rng, double[] best) {
        {
            for (int k = 0; k < models.size(); k++) {
                Gpt model = models.get(k);
                int n = Math.min(tokens, model.config.blockSize());
                int[] feed = new int[n];
                for (int i = 0; i < n; i++) feed[i] = rng.nextInt(model.config.vocabSize());
                KvCache cache = new KvCache(model.config);
                long t0 = System.nanoTime();
                for (int tok : feed) model.step(tok, cache, traces.get(k));
                double perSecond = n / ((System.nanoTime() - t0) / 1e9);
                if (best != null) best[k] = Math.max(best[k], perSecond);
            }
        }
    }

    /** The CPU's name as the operating system gives it (Linux: /proc/cpuinfo), and how many cores Java may use. */
    public static String cpu() {
        String name = System.getProperty("os.arch");
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    name = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the architecture will do
        }
        return name + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }
}
