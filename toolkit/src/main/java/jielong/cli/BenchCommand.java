package jielong.cli;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;

import jielong.engine.Ops;
import jielong.engine.StepMemory;
import jielong.engine.Tensor;
import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.tokenize.CharTokenizer;
import jielong.train.AdamW;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./jielong bench}: speed figures, printed one per line in a form scripts can compare. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure training and generation speed.",
        subcommands = {BenchCommand.Train.class, BenchCommand.Generate.class, BenchCommand.MatMul.class})
final class BenchCommand {

    /** Mirrors ../shared/bench/torch_gpt_ref.py: same model, optimiser settings and printed lines. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Time training steps; prints params, ms_per_iter (median), tokens_per_s, loss_first, loss_last.")
    static final class Train implements Callable<Integer> {
        @Mixin
        ModelOptions opts;

        @Option(names = "--warmup", description = "iterations left out of the timing (default: ${DEFAULT-VALUE})")
        int warmup = 10;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            opts.validate();
            opts.applyEngine();
            int iters = spec.commandLine().getParseResult().hasMatchedOption("--iters") ? opts.iters : 200;
            String text = opts.text();
            CharTokenizer tok = CharTokenizer.fromText(text);
            TokenData data = new TokenData(tok.encode(text));
            Gpt model = new Gpt(opts.model(tok.vocabSize()), opts.seed);
            AdamW opt = new AdamW(model.parameters());
            TrainConfig c = TrainConfig.defaults().withWeightDecay(0.1f);
            Random rng = new Random(opts.seed);
            double[] ms = new double[Math.max(1, iters - warmup)];
            float[] losses = new float[iters];
            StepMemory memory = new StepMemory();
            for (int it = 0; it < iters; it++) {
                TokenData.Batch b = data.sample(rng, opts.batch, opts.block);
                long t0 = System.nanoTime();
                try (StepMemory.Step open = memory.open()) { // as Trainer does: each step reuses the last one's arrays
                    Tensor loss = model.loss(b.x(), b.y(), opts.block, null);
                    model.parameters().values().forEach(Tensor::zeroGrad);
                    loss.backward();
                    opt.clipGradients(1f);
                    opt.step(c, opts.lr);
                    losses[it] = loss.item();
                }
                double dt = (System.nanoTime() - t0) / 1e6;
                if (it >= warmup) ms[it - warmup] = dt;
            }
            double median = median(ms);
            System.out.println("engine: " + Ops.backend().name());
            System.out.println("threads: " + jielong.engine.Parallel.threads());
            System.out.println("params: " + model.parameterCount());
            System.out.printf("ms_per_iter: %.2f%n", median);
            System.out.printf("tokens_per_s: %.0f%n", opts.batch * opts.block / (median / 1000));
            System.out.printf("loss_first: %.4f%n", losses[0]);
            double last = 0;
            for (int i = Math.max(0, iters - 10); i < iters; i++) last += losses[i];
            System.out.printf("loss_last: %.4f%n", last / Math.min(10, iters));
            System.out.println("peak_memory: " + peakMemory());
            return 0;
        }
    }

    /** Generation speed with and without the KV cache, at a full context. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Time generation; prints tokens_per_s_cached and tokens_per_s_uncached.")
    static final class Generate implements Callable<Integer> {
        @Mixin
        ModelOptions opts;

        @Option(names = "--tokens", description = "tokens per generation (default: the context length)")
        int tokens = 0;

        @Option(names = "--vocab", description = "vocabulary size of the random model (default: ${DEFAULT-VALUE})")
        int vocab = 65;

        @Override
        public Integer call() {
            opts.validate();
            opts.applyEngine();
            int n = tokens > 0 ? tokens : opts.block;
            Generator g = new Generator(new Gpt(opts.model(vocab), opts.seed));
            int[] prompt = {0};
            Sampling s = Sampling.temperature(1f);
            double cached = 0, uncached = 0;
            for (int round = 0; round < 5; round++) { // the first rounds warm the JIT up; keep the best
                long t0 = System.nanoTime();
                g.generate(prompt, n, s, round, null);
                long t1 = System.nanoTime();
                g.generateUncached(prompt, n, s, round, null);
                long t2 = System.nanoTime();
                cached = Math.max(cached, n / ((t1 - t0) / 1e9));
                uncached = Math.max(uncached, n / ((t2 - t1) / 1e9));
            }
            System.out.println("tokens: " + n);
            System.out.printf("tokens_per_s_cached: %.0f%n", cached);
            System.out.printf("tokens_per_s_uncached: %.0f%n", uncached);
            System.out.printf("speedup: %.1f%n", cached / uncached);
            return 0;
        }
    }

    /** The engine's matrix product at the baby GPT's shapes, on 1 and 2 threads (or --threads). */
    @Command(name = "matmul", mixinStandardHelpOptions = true,
            description = "GFLOP/s of the engine's matmul at the tiny GPT's shapes, per thread count, beside the register block, the core's peak and OpenBLAS on the same shapes.")
    static final class MatMul implements Callable<Integer> {
        @Option(names = "--threads", split = ",", description = "thread counts to try (default: 1,2)")
        int[] threads = {1, 2};

        @Option(names = "--no-openblas", description = "skip the side-by-side OpenBLAS figures")
        boolean noOpenBlas;

        @Override
        public Integer call() {
            jielong.engine.Kernels kernels = jielong.engine.Kernels.CHOSEN;
            System.out.println("block: " + kernels.blockShape());
            double peak = kernels.peakGflops();
            if (!Double.isNaN(peak)) System.out.printf("peak_estimate: %.1f GFLOP/s per core (independent multiply-adds on registers)%n", peak);
            int[][] shapes = {{768, 384, 128}, {768, 128, 128}, {768, 512, 128}, {768, 128, 512}, {128, 384, 768}, {768, 65, 128}};
            System.out.println("engine: " + Ops.backend().name().replaceAll(", \\d+ thread.*", ""));
            for (int[] s : shapes) { // warm the JIT up first, so that the first shape is not penalised
                Tensor x = Tensor.zeros(s[0], s[2]), wt = Tensor.zeros(s[2], s[1]);
                for (int r = 0; r < 20; r++) Ops.linear(x, wt, null);
            }
            boolean openBlas = !noOpenBlas && jielong.nd4j.OpenBlas.available();
            if (openBlas) System.out.println("reference: OpenBLAS (ND4J's build), the same shapes, timed in turn with ours");
            for (int t : threads) {
                jielong.engine.Parallel.setThreads(t);
                if (openBlas) jielong.nd4j.OpenBlas.setThreads(t);
                for (int[] s : shapes) {
                    int m = s[0], n = s[1], k = s[2];
                    Random rng = new Random(1);
                    float[] a = new float[m * k], w = new float[k * n];
                    for (int i = 0; i < a.length; i++) a[i] = rng.nextFloat();
                    for (int i = 0; i < w.length; i++) w[i] = rng.nextFloat();
                    Tensor x = Tensor.of(a, m, k), wt = Tensor.of(w, k, n);
                    double flops = 2.0 * m * n * k;
                    // Many short rounds, best one counts: on a shared machine some rounds run undisturbed.
                    // OpenBLAS's round follows ours, so that both see the same load.
                    int reps = (int) Math.max(3, 3e8 / flops);
                    double best = Double.MAX_VALUE, bestRef = Double.MAX_VALUE;
                    try (jielong.nd4j.OpenBlas ref = openBlas ? new jielong.nd4j.OpenBlas(a, w, m, n, k) : null) {
                        Tensor y = null;
                        for (int round = 0; round < 30; round++) {
                            long t0 = System.nanoTime();
                            for (int r = 0; r < reps; r++) y = Ops.linear(x, wt, null);
                            best = Math.min(best, (System.nanoTime() - t0) / 1e9 / reps);
                            if (ref == null) continue;
                            t0 = System.nanoTime();
                            for (int r = 0; r < reps; r++) ref.multiply();
                            bestRef = Math.min(bestRef, (System.nanoTime() - t0) / 1e9 / reps);
                        }
                        if (ref != null && Math.abs(ref.get(m - 1, n - 1) - y.get(m - 1, n - 1)) > 1e-3f * k) {
                            System.out.println("warning: OpenBLAS's product differs from ours; its figure is left out");
                            bestRef = Double.MAX_VALUE;
                        }
                    }
                    double gflops = flops / best / 1e9;
                    String line = String.format("threads %d  %4dx%-4d times %4dx%-4d  %6.1f GFLOP/s%s", t, m, k, k, n, gflops,
                            Double.isNaN(peak) ? "" : String.format("  (%.0f%% of peak)", 100 * gflops / (peak * t)));
                    if (bestRef < Double.MAX_VALUE) {
                        double ref = flops / bestRef / 1e9;
                        line += String.format("  OpenBLAS %6.1f GFLOP/s  ours/OpenBLAS %.2f", ref, gflops / ref);
                    }
                    System.out.println(line);
                }
            }
            if (openBlas) {
                System.out.println("note: OpenBLAS picks its kernels from the CPU model; on a CPU newer than its build it falls back to old ones. "
                        + "If its figures look low, try OPENBLAS_CORETYPE=SkylakeX (AVX-512) or Haswell (AVX2).");
            }
            return 0;
        }
    }

    /** Peak resident memory of this process (Linux's VmHWM), else the JVM's peak heap and non-heap use. */
    static String peakMemory() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%,d MB resident", Math.round(kb / 1024.0));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: fall through to the JVM's own figures
        }
        long used = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) used += pool.getPeakUsage().getUsed();
        return String.format("%,d MB of JVM memory pools at their peaks", Math.round(used / 1048576.0));
    }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
