package jielong.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.tokenize.CharTokenizer;
import jielong.train.AdamW;
import jielong.train.TokenData;
import jielong.train.TrainConfig;

/**
 * Where a training step's time goes, op by op, on 1 and on 2 threads: `bench train`'s loop (baby
 * shape, tiny Shakespeare) with every backend call timed through a proxy, plus the step's own
 * pieces (zeroGrad, gradient clipping, AdamW). For each op and shape: milliseconds per step on each
 * thread count, the speed-up, and how long the calling thread waited for the other's chunks (needs
 * {@code -Djielong.parallel.profile=true}). Rounds alternate thread counts, so both see the same
 * load; the median round counts. Not a test; run by hand with the test class path:
 * {@code java --add-modules jdk.incubator.vector -Djielong.parallel.profile=true -cp ... jielong.engine.StepProfile [data] [rounds]}.
 */
final class StepProfile {
    private StepProfile() {}

    /** Times every call on the wrapped backend, per method and operand shapes. */
    private static final class Timing implements InvocationHandler {
        final Backend inner;
        /** key → {nanoseconds, nanoseconds waited, calls}. */
        final Map<String, long[]> totals = new LinkedHashMap<>();
        boolean on;

        Timing(Backend inner) {
            this.inner = inner;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (!on || m.getDeclaringClass() == Object.class) return call(m, args);
            long w0 = Parallel.waitedNanos(), t0 = System.nanoTime();
            try {
                return call(m, args);
            } finally {
                long[] v = totals.computeIfAbsent(key(m, args), k -> new long[3]);
                v[0] += System.nanoTime() - t0;
                v[1] += Parallel.waitedNanos() - w0;
                v[2]++;
            }
        }

        private Object call(Method m, Object[] args) throws Throwable {
            try {
                return m.invoke(inner, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        void add(String key, long nanos, long waited) {
            long[] v = totals.computeIfAbsent(key, k -> new long[3]);
            v[0] += nanos;
            v[1] += waited;
            v[2]++;
        }
    }

    private static String key(Method m, Object[] args) {
        StringBuilder k = new StringBuilder(m.getName());
        int shown = 0;
        for (Object a : args == null ? new Object[0] : args) {
            if (a instanceof Tensor t && shown < 2) {
                k.append(shown == 0 ? " " : " · ").append(t.rows()).append('x').append(t.cols());
                shown++;
            }
        }
        return k.toString();
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args.length > 0 ? args[0] : "../shared/data/tinyshakespeare.txt"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3, iters = 40, warmup = 15;
        CharTokenizer tok = CharTokenizer.fromText(text);
        TokenData data = new TokenData(tok.encode(text));
        Timing timing = new Timing(Ops.backend());
        Backend original = Ops.backend();
        Ops.use((Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class}, timing));
        // Thread counts in turn, so that each sees the same load.
        String[] names = {"1 thread", "2 threads"};
        int[] threads = {1, 2};
        java.util.List<java.util.List<Map<String, double[]>>> results = new java.util.ArrayList<>();
        for (String n : names) results.add(new java.util.ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < names.length; c++) {
                Parallel.setThreads(threads[c]);
                results.get(c).add(round(data, tok.vocabSize(), timing, iters, warmup));
            }
        }
        Ops.use(original);
        long[] h = Parallel.handedAndTakenBack();
        System.out.printf(Locale.ROOT, "chunks handed to the other thread: %,d; run by the caller instead (no worker had started them): %,d (%.1f%%)%n",
                h[0], h[1], 100.0 * h[1] / Math.max(1, h[0]));
        for (int c = 0; c < names.length; c++) {
            double[] steps = results.get(c).stream().mapToDouble(m -> m.get("[whole step]")[0]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-36s whole step, ms per round: %s%n", names[c], java.util.Arrays.toString(
                    java.util.Arrays.stream(steps).map(x -> Math.round(x * 10) / 10.0).toArray()));
        }
        System.out.println("ms per step (median of " + rounds + " rounds, " + (iters - warmup) + " steps each), baby shape, batch 12 x 64");
        System.out.printf(Locale.ROOT, "%-44s %6s %8s %8s %7s %9s%n", "op (operands)", "calls", "1 thr", "2 thr", "2/1", "waited@2");
        Map<String, double[]> one = median(results.get(0)), two = median(results.get(1));
        for (String k : one.keySet()) {
            double a = one.get(k)[0], b = two.getOrDefault(k, new double[3])[0];
            System.out.printf(Locale.ROOT, "%-44s %6.0f %8.3f %8.3f %6.2fx %9.3f%n", k, one.get(k)[2], a, b, a / b, two.getOrDefault(k, new double[3])[1]);
        }
    }

    /** One round: a fresh model trained `iters` steps, the last `iters - warmup` timed. */
    private static Map<String, double[]> round(TokenData data, int vocab, Timing timing, int iters, int warmup) {
        GptConfig cfg = GptConfig.baby(vocab);
        Gpt model = new Gpt(cfg, 1337);
        AdamW opt = new AdamW(model.parameters());
        TrainConfig c = TrainConfig.defaults().withWeightDecay(0.1f);
        Random rng = new Random(1337);
        StepMemory memory = new StepMemory();
        timing.totals.clear();
        for (int it = 0; it < iters; it++) {
            timing.on = it >= warmup;
            TokenData.Batch b = data.sample(rng, 12, 64);
            long s0 = System.nanoTime(), w0 = Parallel.waitedNanos();
            try (StepMemory.Step open = memory.open()) {
                Tensor loss = model.loss(b.x(), b.y(), 64, null);
                long s1 = System.nanoTime(), w1 = Parallel.waitedNanos();
                model.parameters().values().forEach(Tensor::zeroGrad);
                long s2 = System.nanoTime(), w2 = Parallel.waitedNanos();
                loss.backward();
                long s3 = System.nanoTime(), w3 = Parallel.waitedNanos();
                opt.clipGradients(1f);
                long s4 = System.nanoTime(), w4 = Parallel.waitedNanos();
                opt.step(c, 1e-3f);
                long s5 = System.nanoTime(), w5 = Parallel.waitedNanos();
                if (timing.on) {
                    timing.add("[forward, all ops]", s1 - s0, w1 - w0);
                    timing.add("[zeroGrad]", s2 - s1, w2 - w1);
                    timing.add("[backward, all ops]", s3 - s2, w3 - w2);
                    timing.add("[clip gradients]", s4 - s3, w4 - w3);
                    timing.add("[AdamW step]", s5 - s4, w5 - w4);
                }
            }
            if (timing.on) timing.add("[whole step]", System.nanoTime() - s0, Parallel.waitedNanos() - w0);
        }
        timing.on = false;
        int steps = iters - warmup;
        Map<String, double[]> perStep = new TreeMap<>();
        timing.totals.forEach((k, v) -> perStep.put(k, new double[] {v[0] / 1e6 / steps, v[1] / 1e6 / steps, (double) v[2] / steps}));
        return perStep;
    }

    private static Map<String, double[]> median(java.util.List<Map<String, double[]>> rounds) {
        Map<String, double[]> out = new TreeMap<>();
        for (String k : rounds.get(0).keySet()) {
            double[] ms = rounds.stream().mapToDouble(m -> m.getOrDefault(k, new double[3])[0]).sorted().toArray();
            double[] w = rounds.stream().mapToDouble(m -> m.getOrDefault(k, new double[3])[1]).sorted().toArray();
            out.put(k, new double[] {ms[ms.length / 2], w[w.length / 2], rounds.get(0).get(k)[2]});
        }
        return out;
    }
}
