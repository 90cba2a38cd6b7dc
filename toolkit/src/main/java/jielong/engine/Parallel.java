package jielong.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Splits loops over rows across a fork/join pool sized to the cores (or to {@link #setThreads}).
 * Every output row is computed by exactly one thread in a fixed order, so results do not
 * depend on how many threads ran.
 */
public final class Parallel {
    /** A loop body over the half-open range of rows [from, to). */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** How long a caller spins for the other threads' chunks before it parks: 50 µs. */
    private static final long SPIN_NANOS = 50_000;

    /**
     * With {@code -Djielong.parallel.profile=true}, callers count how long they waited for other
     * threads' chunks and how many chunks they ran themselves because no worker had started them
     * (for step profiles; off, the JIT removes the counting).
     */
    private static final boolean PROFILE = Boolean.getBoolean("jielong.parallel.profile");
    private static final AtomicLong WAITED = new AtomicLong();
    private static final AtomicLong HANDED = new AtomicLong();
    private static final AtomicLong TAKEN_BACK = new AtomicLong();

    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static volatile ForkJoinPool pool = newPool(threads);

    private Parallel() {}

    /** Number of threads the engine uses (1 runs everything on the caller's thread). */
    public static int threads() {
        return threads;
    }

    /** Sets the engine's thread count; 0 means one per core. */
    public static synchronized void setThreads(int n) {
        int wanted = n <= 0 ? Runtime.getRuntime().availableProcessors() : n;
        if (wanted == threads) return;
        ForkJoinPool old = pool;
        pool = newPool(wanted);
        threads = wanted;
        old.shutdown();
    }

    /**
     * Runs body over [0, n) in at most {@link #threads()} chunks whose sizes are multiples of
     * {@code grain} (so kernels keep their register blocks whole); the caller runs one chunk.
     * Loops with fewer than {@code minWork} rows run serially: waking a thread costs microseconds.
     * Which thread runs a chunk never changes what it computes, so the bits do not depend on it.
     */
    public static void forRange(int n, int grain, int minWork, Range body) {
        int t = threads;
        if (t <= 1 || n < minWork || n < 2 * grain) {
            body.run(0, n);
            return;
        }
        int blocks = (n + grain - 1) / grain;
        t = Math.min(t, blocks);
        int start = 0;
        int[] bounds = new int[t + 1];
        for (int i = 0; i < t; i++) {
            bounds[i] = start;
            start = Math.min(n, start + (blocks * (i + 1) / t - blocks * i / t) * grain);
        }
        bounds[t] = n;
        // Each chunk is run by whoever claims it first: a worker that has not started its chunk by
        // the time the caller is done with its own (woken late, or its core busy with other work)
        // leaves it to the caller instead of keeping the caller waiting.
        AtomicIntegerArray claimed = new AtomicIntegerArray(t);
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[t];
        for (int i = 1; i < t; i++) {
            int c = i, from = bounds[i], to = bounds[i + 1];
            tasks[i] = pool.submit(() -> {
                if (claimed.compareAndSet(c, 0, 1)) body.run(from, to);
            });
        }
        body.run(bounds[0], bounds[1]);
        for (int i = 1; i < t; i++) {
            if (PROFILE) HANDED.incrementAndGet();
            if (claimed.compareAndSet(i, 0, 1)) {
                if (PROFILE) TAKEN_BACK.incrementAndGet();
                body.run(bounds[i], bounds[i + 1]);
            } else {
                long t0 = PROFILE ? System.nanoTime() : 0;
                await(tasks[i]);
                if (PROFILE) WAITED.addAndGet(System.nanoTime() - t0);
            }
        }
    }

    /** Nanoseconds callers have waited for other threads' chunks so far (0 unless profiling is on). */
    static long waitedNanos() {
        return WAITED.get();
    }

    /** Chunks offered to other threads, and of those the ones the caller ran itself because no worker had started them (profiling only). */
    static long[] handedAndTakenBack() {
        return new long[] {HANDED.get(), TAKEN_BACK.get()};
    }

    /**
     * Joins a task that a worker is running, spinning a little first: the chunks are even, so the
     * worker is usually about to finish, and a thread that parks takes tens of microseconds to be
     * woken, a cost a training step would pay a few hundred times.
     */
    private static void await(ForkJoinTask<?> task) {
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (!task.isDone() && System.nanoTime() < deadline) Thread.onSpinWait();
        task.join();
    }

    /** Sets every value of a to zero, big arrays on every thread (a step clears megabytes of gradients). */
    public static void zero(float[] a) {
        forRange(a.length, 4096, 65536, (from, to) -> java.util.Arrays.fill(a, from, to, 0f));
    }

    /** Runs body for every index in [0, n), indices split evenly across threads. */
    public static void forEach(int n, java.util.function.IntConsumer body) {
        forRange(n, 1, 2, (from, to) -> {
            for (int i = from; i < to; i++) body.accept(i);
        });
    }

    private static ForkJoinPool newPool(int n) {
        return new ForkJoinPool(Math.max(1, n), p -> {
            var w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            w.setDaemon(true);
            w.setName("jielong-" + w.getPoolIndex());
            return w;
        }, null, false);
    }
}
