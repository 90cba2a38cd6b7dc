package jielong.course.inference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jielong.cost.DecodeSpeed;
import jielong.cost.MemoryBandwidth;
import jielong.cost.ParameterCount;
import jielong.engine.Parallel;
import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.notebook.ProgressBar;

/**
 * The lesson's timings, each on one thread (one stream of tokens on one core, the way the
 * bandwidth is measured too) and each the best of several tries, saved as CSV in the run folder.
 * The models have random weights: the speed of a forward pass does not depend on their values.
 */
public final class Measurements {
    private Measurements() {}

    /** One text generated with the KV cache and without it: whether the tokens agree, and the seconds each way (the best of two). */
    public record Generation(int tokens, boolean sameTokens, double cachedSeconds, double uncachedSeconds) {
        /** How many times faster the cache made the whole text. */
        public double speedup() {
            return uncachedSeconds / cachedSeconds;
        }
    }

    /**
     * Generates {@code tokens} tokens after {@code prompt} greedily with {@link Generator#generate} and
     * {@link Generator#generateUncached}, after a short warm-up of both, timing each twice, alternately.
     */
    public static Generation generation(Gpt model, int[] prompt, int tokens, long seed) {
        Generator gen = new Generator(model);
        int warm = Math.min(tokens, 16);
        gen.generate(prompt, warm, Sampling.greedy(), seed, null);
        gen.generateUncached(prompt, warm, Sampling.greedy(), seed, null);
        double cached = Double.POSITIVE_INFINITY, uncached = Double.POSITIVE_INFINITY;
        boolean same = true;
        int threads = Parallel.threads();
        try {
            Parallel.setThreads(1);
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                int[] a = gen.generate(prompt, tokens, Sampling.greedy(), seed, null);
                long t1 = System.nanoTime();
                int[] b = gen.generateUncached(prompt, tokens, Sampling.greedy(), seed, null);
                long t2 = System.nanoTime();
                same &= java.util.Arrays.equals(a, b);
                cached = Math.min(cached, (t1 - t0) / 1e9);
                uncached = Math.min(uncached, (t2 - t1) / 1e9);
            }
        } finally {
            Parallel.setThreads(threads);
        }
        return new Generation(tokens, same, cached, uncached);
    }

    /** Seconds per new token at one context length, with the KV cache and without it. */
    public record KvPoint(int context, double cachedSeconds, double uncachedSeconds) {
        /** How many times faster the cache makes a token. */
        public double speedup() {
            return uncachedSeconds / cachedSeconds;
        }
    }

    /**
     * One model size: its shape and fp32 bytes; seconds per token of the toolkit's cached decoding;
     * seconds to read every weight once; and the triad bandwidth measured over a working set of the
     * same bytes (bytes/s).
     */
    public record DecodePoint(GptConfig shape, long bytes, double gptSeconds, double weightPassSeconds, double triadBytesPerSecond) {
        /** Tokens a second the toolkit's decoder writes. */
        public double gptTokensPerSecond() {
            return 1 / gptSeconds;
        }

        /** Tokens a second a decoder that only read each weight once would write. */
        public double weightPassTokensPerSecond() {
            return 1 / weightPassSeconds;
        }

        /** The bound set by memory: triad bandwidth over the model's bytes (tokens/s). */
        public double boundTokensPerSecond() {
            return triadBytesPerSecond / bytes;
        }
    }

    /** Times the model at each context length with and without the cache; writes {@code kv-cache.csv} to {@code folder}. */
    public static List<KvPoint> kvCache(GptConfig shape, int[] contexts, long seed, int repeats, Path folder) {
        Gpt model = new Gpt(shape, seed);
        List<KvPoint> out = new ArrayList<>();
        ProgressBar bar = ProgressBar.start("KV cache: context lengths", contexts.length);
        int threads = Parallel.threads();
        try {
            Parallel.setThreads(1);
            for (int i = 0; i < contexts.length; i++) {
                int t = contexts[i];
                out.add(new KvPoint(t, DecodeSpeed.cached(model, t, InferenceLesson.KV_TIMED_TOKENS, repeats), DecodeSpeed.uncached(model, t, repeats)));
                bar.update(i + 1, contexts.length);
            }
        } finally {
            Parallel.setThreads(threads);
            bar.done();
        }
        StringBuilder csv = new StringBuilder("context,cached_s_per_token,uncached_s_per_token\n");
        for (KvPoint p : out) csv.append(String.format(Locale.ROOT, "%d,%.6g,%.6g%n", p.context(), p.cachedSeconds(), p.uncachedSeconds()));
        write(folder.resolve("kv-cache.csv"), csv.toString());
        return out;
    }

    /**
     * For each shape (the shapes in increasing size), builds the model, times cached decoding at a
     * short context and one pass over its weights, and measures the triad over as many bytes; writes
     * {@code decode.csv} to {@code folder}. Returns the points smallest model first.
     */
    public static List<DecodePoint> decode(List<GptConfig> shapes, long seed, int repeats, Path folder) {
        List<DecodePoint> out = new ArrayList<>();
        long total = shapes.stream().mapToLong(c -> ParameterCount.of(c).total()).sum(), done = 0;
        ProgressBar bar = ProgressBar.start("decode speed: model sizes", total);
        int threads = Parallel.threads();
        try {
            Parallel.setThreads(1);
            // Largest first: the JIT has compiled the loops by the time the small models, timed in
            // microseconds, are measured (under load, compiling can take longer than a small model's timings).
            List<GptConfig> order = new ArrayList<>(shapes);
            java.util.Collections.reverse(order);
            for (GptConfig c : order) {
                Gpt model = new Gpt(c, seed);
                long bytes = 4L * model.parameterCount();
                double gpt = DecodeSpeed.cached(model, 4, 4, repeats);
                double pass = DecodeSpeed.weightPass(model, repeats);
                model = null; // let the weights go before the triad's arrays of the same size are made
                double triad = MemoryBandwidth.measure(Math.max(bytes, 3 * 64), repeats).triadBytesPerSecond();
                out.add(new DecodePoint(c, bytes, gpt, pass, triad));
                done += ParameterCount.of(c).total();
                bar.update(done, total);
            }
        } finally {
            Parallel.setThreads(threads);
            bar.done();
        }
        out.sort(java.util.Comparator.comparingLong(DecodePoint::bytes));
        StringBuilder csv = new StringBuilder("layers,width,bytes,gpt_s_per_token,weight_pass_s,triad_bytes_per_s\n");
        for (DecodePoint p : out) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%d,%.6g,%.6g,%.6g%n", p.shape().nLayer(), p.shape().nEmbd(), p.bytes(),
                    p.gptSeconds(), p.weightPassSeconds(), p.triadBytesPerSecond()));
        }
        write(folder.resolve("decode.csv"), csv.toString());
        return out;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + file + ": " + e.getMessage() + "; check that the folder is writable", e);
        }
    }
}
