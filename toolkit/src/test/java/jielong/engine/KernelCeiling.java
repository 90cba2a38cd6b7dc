package jielong.engine;

import java.util.Locale;
import java.util.Random;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Where the one-thread matrix product loses its GFLOP/s, in three steps timed in one JVM, one
 * thread: (a) independent multiply-adds on registers only (no memory: what the JIT can issue at
 * all), at 8 to 24 chains; (b) the micro-kernel alone on packed panels that sit in the L1 cache
 * (no packing, no edges); (c) whole products at the baby GPT's shapes, as a training step calls
 * them (plain, B transposed, A transposed), beside OpenBLAS's figure for the plain ones when its
 * natives load. (a) / (b) / (c) say how much the JIT's code, the kernel's loop and the packing and
 * edges each cost. Not a test; run by hand on any JDK with the test class path, e.g.
 * {@code java --add-modules jdk.incubator.vector -cp toolkit/target/classes:toolkit/target/test-classes:toolkit/target/lib/'*' jielong.engine.KernelCeiling}
 * (set {@code OPENBLAS_CORETYPE} where OpenBLAS does not know the CPU).
 */
final class KernelCeiling {
    private static final VectorSpecies<Float> S = VectorShape.S;
    private static final int L = VectorShape.L, MR = VectorShape.MR, NR = VectorShape.NR, KC = VectorShape.KC;

    private KernelCeiling() {}



    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String parts = args.length > 1 ? args[1] : "abc"; // which of (a) to (e) to run
        Parallel.setThreads(1);
        System.out.println("java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name"));
        System.out.println("block: " + VectorShape.describe());
        System.out.printf(Locale.ROOT, "peak_estimate (bench matmul's loop, 12 chains): %.1f GFLOP/s%n", Kernels.CHOSEN.peakGflops());

        boolean blas = jielong.nd4j.OpenBlas.available();
        if (blas) jielong.nd4j.OpenBlas.setThreads(1);
        System.out.printf(Locale.ROOT, "OpenBLAS now, 768x128 times 128x384: %.1f GFLOP/s%n", openBlas(rng(), rounds));
        if (parts.contains("a")) chainsPart(rounds);
        if (parts.contains("b")) microPart(rounds);
        if (parts.contains("c")) productsPart(rounds);
        if (parts.contains("d")) scalingPart(rounds);
        if (parts.contains("e")) coresPart(rounds);
        System.out.printf(Locale.ROOT, "OpenBLAS now, 768x128 times 128x384: %.1f GFLOP/s%n", openBlas(rng(), rounds));
    }

    private static void chainsPart(int rounds) {
        System.out.println("(a) multiply-adds on registers, no memory, s = x·y + s as in the kernel (best of " + rounds + " rounds)");
        for (int chains : new int[] {4, 8, 12, 16, 24}) {
            double best = 0;
            float sink = 0;
            int steps = 2000, calls = 500;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                for (int c = 0; c < calls; c++) sink += chains(chains, steps);
                best = Math.max(best, 2.0 * L * chains * steps * calls / (System.nanoTime() - t0));
            }
            System.out.printf(Locale.ROOT, "  %2d chains: %6.1f GFLOP/s%s%n", chains, best, sink == 42f ? " " : "");
        }

    }

    private static void microPart(int rounds) {
        System.out.println("(b) the " + MR + "x" + NR + " micro-kernel alone, packed panels in L1 (A " + MR * KC * 4 / 1024
                + " KB + B " + KC * NR * 4 / 1024 + " KB at kc " + KC + ")");
        Random rng = rng();
        float[] ap = random(rng, MR * KC), bp = random(rng, KC * NR), c = new float[MR * NR];
        for (int kc : new int[] {KC, KC / 2, KC / 4}) timeMicro(kc, ap, bp, 0, c, 3); // warm-up: the timed loop is compiled whole, not on stack
        for (int kc : new int[] {KC, KC / 2, KC / 4}) {
            System.out.printf(Locale.ROOT, "  kc %3d: %6.1f GFLOP/s%n", kc, timeMicro(kc, ap, bp, 0, c, rounds));
        }
        // A Java array's elements start 16 bytes into the object, wherever the collector put it: a
        // 64-byte vector load from B's panel crosses a cache line unless that lands on a multiple of 64.
        float[] bigB = random(rng, KC * NR + L);
        double[] byOffset = new double[L];
        for (int r = 0; r < rounds; r++) { // offsets in turn, so that each sees the same load
            for (int off = 0; off < L; off++) byOffset[off] = Math.max(byOffset[off], timeMicro(KC, ap, bigB, off, c, 1));
        }
        StringBuilder line = new StringBuilder("  kc " + KC + ", B's panel moved by 0.." + (L - 1) + " floats:");
        for (double g : byOffset) line.append(String.format(Locale.ROOT, " %.0f", g));
        System.out.println(line + " GFLOP/s");

    }

    private static void productsPart(int rounds) {
        Random rng = rng();
        System.out.println("(c) whole products, one thread (m x k times k x n; T = that operand read transposed in place)");
        for (int w = 0; w < 30; w++) Kernels.CHOSEN.gemm(768, 384, 128, new float[768 * 128], 0, 128, 1, new float[128 * 384], 0, 384, 1, new float[768 * 384], 0, 384, false);
        // The baby GPT's products in a training step: 768 rows = batch 12 x context 64, width 128.
        int[][] shapes = {{768, 384, 128}, {768, 128, 128}, {768, 512, 128}, {768, 128, 512}, {768, 65, 128}, {128, 384, 768}};
        for (int[] s : shapes) {
            int m = s[0], n = s[1], k = s[2];
            for (String kind : new String[] {"NN", "NT", "TN"}) {
                if (m != 768 && !kind.equals("NN")) continue;
                // NT: dx = dy·wᵀ shapes (B transposed); TN: dw = xᵀ·dy (A transposed, m and k swapped)
                int mm = kind.equals("TN") ? k : m, kk = kind.equals("TN") ? m : k;
                float[] a = random(rng, mm * kk), b = random(rng, kk * n), y = new float[mm * n];
                int aRow = kind.equals("TN") ? 1 : kk, aCol = kind.equals("TN") ? mm : 1;
                int bRow = kind.equals("NT") ? 1 : n, bCol = kind.equals("NT") ? kk : 1;
                double flops = 2.0 * mm * n * kk, best = Double.MAX_VALUE, bestRef = Double.MAX_VALUE;
                int reps = (int) Math.max(3, 2e8 / flops);
                try (jielong.nd4j.OpenBlas ref = jielong.nd4j.OpenBlas.available() && kind.equals("NN") ? new jielong.nd4j.OpenBlas(a, b, mm, n, kk) : null) {
                    for (int r = 0; r < rounds * 2; r++) {
                        long t0 = System.nanoTime();
                        for (int i = 0; i < reps; i++) Kernels.CHOSEN.gemm(mm, n, kk, a, 0, aRow, aCol, b, 0, bRow, bCol, y, 0, n, false);
                        best = Math.min(best, (System.nanoTime() - t0) / (double) reps);
                        if (ref == null) continue;
                        t0 = System.nanoTime();
                        for (int i = 0; i < reps; i++) ref.multiply();
                        bestRef = Math.min(bestRef, (System.nanoTime() - t0) / (double) reps);
                    }
                }
                String line = String.format(Locale.ROOT, "  %s %4dx%-4d times %4dx%-4d  %6.1f GFLOP/s", kind, mm, kk, kk, n, flops / best);
                if (bestRef < Double.MAX_VALUE) line += String.format(Locale.ROOT, "  OpenBLAS %6.1f  ours/OpenBLAS %.2f", flops / bestRef, bestRef / best);
                System.out.println(line);
            }
        }
    }

    /** Best GFLOP/s of the micro-kernel over rounds of calls on the same panels and tile of C. */
    private static double timeMicro(int kc, float[] ap, float[] bp, int bOff, float[] c, int rounds) {
        double best = 0;
        int calls = 20_000_000 / kc;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) VectorGemm.micro(kc, ap, 0, bp, bOff, c, 0, NR, true);
            best = Math.max(best, 2.0 * MR * NR * kc * calls / (System.nanoTime() - t0));
            java.util.Arrays.fill(c, 0f); // keeps the sums small
        }
        return best;
    }

    /**
     * (d) The forward product split by rows as {@code CpuBackend.linear} splits it, on 1 and 2
     * threads in turn, and an empty parallel loop (the cost of handing a chunk to the other thread).
     */
    private static void scalingPart(int rounds) {
        Random rng = rng();
        Parallel.setThreads(2);
        System.out.println("(d) products split by rows over threads, 1 and 2 in turn (ms per product, best of " + 2 * rounds + ")");
        int[][] shapes = {{768, 384, 128}, {768, 512, 128}, {768, 128, 512}, {128, 384, 768}};
        for (int[] s : shapes) {
            int m = s[0], n = s[1], k = s[2];
            float[] a = random(rng, m * k), b = random(rng, k * n), y = new float[m * n];
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
            long[] h0 = Parallel.handedAndTakenBack();
            int reps = (int) Math.max(3, 2e8 / (2.0 * m * n * k));
            for (int r = 0; r < rounds * 2; r++) {
                for (int t = 1; t <= 2; t++) { // the pool keeps its 2 threads: 1 thread is the same body over all rows
                    long t0 = System.nanoTime();
                    for (int i = 0; i < reps; i++) {
                        Parallel.Range body = (from, to) -> Kernels.CHOSEN.gemm(to - from, n, k, a, from * k, k, 1, b, 0, n, 1, y, from * n, n, false);
                        if (t == 1) body.run(0, m);
                        else Parallel.forRange(m, 8, 16, body);
                    }
                    best[t - 1] = Math.min(best[t - 1], (System.nanoTime() - t0) / 1e6 / reps);
                }
            }
            long[] h1 = Parallel.handedAndTakenBack();
            System.out.printf(Locale.ROOT, "  %4dx%-4d times %4dx%-4d  1 thread %.3f ms  2 threads %.3f ms  %.2fx  (chunks handed %d, run by the caller %d)%n",
                    m, k, k, n, best[0], best[1], best[0] / best[1], h1[0] - h0[0], h1[1] - h0[1]);
        }
        Parallel.setThreads(2);
        double bestEmpty = Double.MAX_VALUE;
        for (int r = 0; r < rounds * 2; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 1000; i++) Parallel.forRange(64, 8, 16, (from, to) -> { });
            bestEmpty = Math.min(bestEmpty, (System.nanoTime() - t0) / 1e3 / 1000);
        }
        System.out.printf(Locale.ROOT, "  empty parallel loop on 2 threads: %.1f us%n", bestEmpty);
        Parallel.setThreads(1);
    }

    /**
     * (e) Are the two cores two cores? The register-only loop of (a), 12 chains, on one thread and
     * then on two at once: two physical cores give about twice the GFLOP/s together; two hyper-threads
     * of one core share its multiply-add units and give about the same. Measured on the Intel Xeon VM
     * of 2026-12-01 at load 1: 164-174 alone, 318-324 together (1.94-1.97x), but 1.06-1.52x while the
     * host was busy. (perf's hardware counters are not supported in that VM, so cache misses cannot be
     * counted there: this and (b) against (c) are what can be measured.)
     */
    private static void coresPart(int rounds) {
        System.out.println("(e) multiply-adds on registers, 12 chains, 1 thread and then 2 threads at once (GFLOP/s together)");
        int steps = 2000, calls = 2000;
        double flops = 2.0 * L * 12 * steps * calls;
        float warm = 0;
        for (int c = 0; c < 20_000; c++) warm += chains(12, 200); // compiled before the first round, on both threads' code path
        Thread warmer = new Thread(() -> { for (int c = 0; c < 20_000; c++) chains(12, 200); });
        warmer.start();
        try {
            warmer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int r = 0; r < Math.max(3, rounds / 3); r++) {
            long t0 = System.nanoTime();
            float sink = 0;
            for (int c = 0; c < calls; c++) sink += chains(12, steps);
            double one = flops / (System.nanoTime() - t0);
            float[] other = new float[1];
            Thread second = new Thread(() -> { for (int c = 0; c < calls; c++) other[0] += chains(12, steps); });
            t0 = System.nanoTime();
            second.start();
            for (int c = 0; c < calls; c++) sink += chains(12, steps);
            try {
                second.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            double two = 2 * flops / (System.nanoTime() - t0);
            System.out.printf(Locale.ROOT, "  1 thread %6.1f  2 threads %6.1f  (%.2fx)%s%n", one, two, two / one, sink + other[0] + warm == 42f ? " " : "");
        }
    }

    private static Random rng() {
        return new Random(1);
    }

    /** OpenBLAS's one-thread GFLOP/s on the qkv product, best of some rounds (NaN without its natives): the machine's state now. */
    private static double openBlas(Random rng, int rounds) {
        if (!jielong.nd4j.OpenBlas.available()) return Double.NaN;
        int m = 768, n = 384, k = 128;
        double best = Double.MAX_VALUE;
        try (jielong.nd4j.OpenBlas ref = new jielong.nd4j.OpenBlas(random(rng, m * k), random(rng, k * n), m, n, k)) {
            for (int r = 0; r < rounds * 2; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 20; i++) ref.multiply();
                best = Math.min(best, (System.nanoTime() - t0) / 20.0);
            }
        }
        return 2.0 * m * n * k / best;
    }

    private static float[] random(Random rng, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = rng.nextFloat() - 0.5f;
        return x;
    }

    private static FloatVector bc(float v) {
        return FloatVector.broadcast(S, v);
    }

    private static float chains(int n, int steps) {
        return switch (n) {
            case 4 -> chains4(steps);
            case 8 -> chains8(steps);
            case 12 -> chains12(steps);
            case 16 -> chains16(steps);
            default -> chains24(steps);
        };
    }

    private static float chains4(int steps) {
        FloatVector x = bc(0.999999f), y = bc(1e-7f), s0 = bc(0), s1 = bc(1), s2 = bc(2), s3 = bc(3);
        for (int i = 0; i < steps; i++) {
            s0 = x.fma(y, s0); s1 = x.fma(y, s1); s2 = x.fma(y, s2); s3 = x.fma(y, s3);
        }
        return s0.add(s1).add(s2).add(s3).lane(0);
    }

    private static float chains8(int steps) {
        FloatVector x = bc(0.999999f), y = bc(1e-7f), s0 = bc(0), s1 = bc(1), s2 = bc(2), s3 = bc(3);
        FloatVector s4 = bc(4), s5 = bc(5), s6 = bc(6), s7 = bc(7);
        for (int i = 0; i < steps; i++) {
            s0 = x.fma(y, s0); s1 = x.fma(y, s1); s2 = x.fma(y, s2); s3 = x.fma(y, s3);
            s4 = x.fma(y, s4); s5 = x.fma(y, s5); s6 = x.fma(y, s6); s7 = x.fma(y, s7);
        }
        return s0.add(s1).add(s2).add(s3).add(s4).add(s5).add(s6).add(s7).lane(0);
    }

    private static float chains12(int steps) {
        FloatVector x = bc(0.999999f), y = bc(1e-7f), s0 = bc(0), s1 = bc(1), s2 = bc(2), s3 = bc(3);
        FloatVector s4 = bc(4), s5 = bc(5), s6 = bc(6), s7 = bc(7), s8 = bc(8), s9 = bc(9), s10 = bc(10), s11 = bc(11);
        for (int i = 0; i < steps; i++) {
            s0 = x.fma(y, s0); s1 = x.fma(y, s1); s2 = x.fma(y, s2); s3 = x.fma(y, s3);
            s4 = x.fma(y, s4); s5 = x.fma(y, s5); s6 = x.fma(y, s6); s7 = x.fma(y, s7);
            s8 = x.fma(y, s8); s9 = x.fma(y, s9); s10 = x.fma(y, s10); s11 = x.fma(y, s11);
        }
        return s0.add(s1).add(s2).add(s3).add(s4).add(s5).add(s6).add(s7).add(s8).add(s9).add(s10).add(s11).lane(0);
    }

    private static float chains16(int steps) {
        FloatVector x = bc(0.999999f), y = bc(1e-7f), s0 = bc(0), s1 = bc(1), s2 = bc(2), s3 = bc(3);
        FloatVector s4 = bc(4), s5 = bc(5), s6 = bc(6), s7 = bc(7), s8 = bc(8), s9 = bc(9), s10 = bc(10), s11 = bc(11);
        FloatVector s12 = bc(12), s13 = bc(13), s14 = bc(14), s15 = bc(15);
        for (int i = 0; i < steps; i++) {
            s0 = x.fma(y, s0); s1 = x.fma(y, s1); s2 = x.fma(y, s2); s3 = x.fma(y, s3);
            s4 = x.fma(y, s4); s5 = x.fma(y, s5); s6 = x.fma(y, s6); s7 = x.fma(y, s7);
            s8 = x.fma(y, s8); s9 = x.fma(y, s9); s10 = x.fma(y, s10); s11 = x.fma(y, s11);
            s12 = x.fma(y, s12); s13 = x.fma(y, s13); s14 = x.fma(y, s14); s15 = x.fma(y, s15);
        }
        return s0.add(s1).add(s2).add(s3).add(s4).add(s5).add(s6).add(s7).add(s8).add(s9).add(s10).add(s11)
                .add(s12).add(s13).add(s14).add(s15).lane(0);
    }

    private static float chains24(int steps) {
        FloatVector x = bc(0.999999f), y = bc(1e-7f), s0 = bc(0), s1 = bc(1), s2 = bc(2), s3 = bc(3);
        FloatVector s4 = bc(4), s5 = bc(5), s6 = bc(6), s7 = bc(7), s8 = bc(8), s9 = bc(9), s10 = bc(10), s11 = bc(11);
        FloatVector s12 = bc(12), s13 = bc(13), s14 = bc(14), s15 = bc(15), s16 = bc(16), s17 = bc(17), s18 = bc(18), s19 = bc(19);
        FloatVector s20 = bc(20), s21 = bc(21), s22 = bc(22), s23 = bc(23);
        for (int i = 0; i < steps; i++) {
            s0 = x.fma(y, s0); s1 = x.fma(y, s1); s2 = x.fma(y, s2); s3 = x.fma(y, s3);
            s4 = x.fma(y, s4); s5 = x.fma(y, s5); s6 = x.fma(y, s6); s7 = x.fma(y, s7);
            s8 = x.fma(y, s8); s9 = x.fma(y, s9); s10 = x.fma(y, s10); s11 = x.fma(y, s11);
            s12 = x.fma(y, s12); s13 = x.fma(y, s13); s14 = x.fma(y, s14); s15 = x.fma(y, s15);
            s16 = x.fma(y, s16); s17 = x.fma(y, s17); s18 = x.fma(y, s18); s19 = x.fma(y, s19);
            s20 = x.fma(y, s20); s21 = x.fma(y, s21); s22 = x.fma(y, s22); s23 = x.fma(y, s23);
        }
        return s0.add(s1).add(s2).add(s3).add(s4).add(s5).add(s6).add(s7).add(s8).add(s9).add(s10).add(s11)
                .add(s12).add(s13).add(s14).add(s15).add(s16).add(s17).add(s18).add(s19).add(s20).add(s21)
                .add(s22).add(s23).lane(0);
    }
}
