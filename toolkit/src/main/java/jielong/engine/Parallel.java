package jielong.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits loops over rows across the caller and {@code threads() − 1} worker threads (one per core,
 * or {@link #setThreads}). Every output row is computed by exactly one thread in a fixed order, so
 * results do not depend on how many threads ran.
 *
 * <p>A training step hands work to the other core a few hundred times, every few microseconds to
 * a millisecond. A thread that has gone to sleep takes hundreds of microseconds to wake on a
 * virtual machine (measured: a 1 ms product split in two had its second half run by the caller,
 * the worker not yet awake, 35 times in 60), so workers stay awake, spinning, for
 * {@link #workerSpinNanos} after each chunk before they sleep.
 */
public final class Parallel {
    /** A loop body over the half-open range of rows [from, to). */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** How long a caller spins for the other threads' chunks before it yields its core between checks: 50 µs. */
    private static final long SPIN_NANOS = 50_000;
    /**
     * How long an idle worker waits awake for the next chunk before it sleeps: 1 ms, longer than
     * the gaps between the ops of a training step and short enough not to hold a core once work
     * stops ({@code -Djielong.parallel.spin.us} changes it, for measurements; 0 sleeps at once).
     */
    static volatile long workerSpinNanos = 1000L * Long.getLong("jielong.parallel.spin.us", 1000);

    /**
     * With {@code -Djielong.parallel.profile=true}, {@link #waitedNanos()} counts how long callers
     * waited for other threads' chunks (for step profiles; off, the JIT removes the clock reads).
     */
    private static final boolean PROFILE = Boolean.getBoolean("jielong.parallel.profile");
    private static final AtomicLong WAITED = new AtomicLong();
    private static final AtomicLong HANDED = new AtomicLong();
    private static final AtomicLong TAKEN_BACK = new AtomicLong();

    /** Held by the loop that is using the workers; a loop started meanwhile (nested, or from another thread) runs serially. */
    private static final AtomicBoolean IN_USE = new AtomicBoolean();

    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static volatile Worker[] workers = startWorkers(threads);

    private Parallel() {}

    /** Number of threads the engine uses (1 runs everything on the caller's thread). */
    public static int threads() {
        return threads;
    }

    /** Sets the engine's thread count; 0 means one per core. */
    public static synchronized void setThreads(int n) {
        int wanted = n <= 0 ? Runtime.getRuntime().availableProcessors() : n;
        if (wanted == threads) return;
        Worker[] old = workers;
        workers = startWorkers(wanted);
        threads = wanted;
        for (Worker w : old) w.retire();
    }

    /**
     * Runs body over [0, n) in at most {@link #threads()} chunks whose sizes are multiples of
     * {@code grain} (so kernels keep their register blocks whole); the caller runs one chunk.
     * Loops with fewer than {@code minWork} rows run serially: handing work over costs microseconds.
     * Which thread runs a chunk never changes what it computes, so the bits do not depend on it.
     */
    public static void forRange(int n, int grain, int minWork, Range body) {
        int t = threads;
        if (t <= 1 || n < minWork || n < 2 * grain) {
            body.run(0, n);
            return;
        }
        if (!IN_USE.compareAndSet(false, true)) { // a body that runs a parallel loop itself, or a second caller
            body.run(0, n);
            return;
        }
        try {
            split(n, grain, t, body);
        } finally {
            IN_USE.set(false);
        }
    }

    private static void split(int n, int grain, int t, Range body) {
        Worker[] w = workers;
        int blocks = (n + grain - 1) / grain;
        t = Math.min(Math.min(t, blocks), w.length + 1);
        int start = 0;
        int[] bounds = new int[t + 1];
        for (int i = 0; i < t; i++) {
            bounds[i] = start;
            start = Math.min(n, start + (blocks * (i + 1) / t - blocks * i / t) * grain);
        }
        bounds[t] = n;
        // Each chunk is run by whoever claims it first (0 free, 1 claimed, 2 done): a worker that has
        // not started its chunk by the time the caller is done with its own (its core busy with other
        // work) leaves it to the caller instead of keeping the caller waiting.
        AtomicIntegerArray state = new AtomicIntegerArray(t);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 1; i < t; i++) {
            int c = i, from = bounds[i], to = bounds[i + 1];
            w[i - 1].hand(() -> {
                if (!state.compareAndSet(c, 0, 1)) return;
                try {
                    body.run(from, to);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    state.set(c, 2);
                }
            });
        }
        try {
            body.run(bounds[0], bounds[1]);
        } finally { // even when the caller's chunk threw: no chunk may still be running once this returns
            for (int i = 1; i < t; i++) {
                if (PROFILE) HANDED.incrementAndGet();
                if (state.compareAndSet(i, 0, 1)) {
                    if (PROFILE) TAKEN_BACK.incrementAndGet();
                    body.run(bounds[i], bounds[i + 1]);
                    state.set(i, 2);
                } else {
                    long t0 = PROFILE ? System.nanoTime() : 0;
                    await(state, i);
                    if (PROFILE) WAITED.addAndGet(System.nanoTime() - t0);
                }
            }
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error r) throw r;
    }

    /**
     * Waits for a chunk that a worker is running: spinning first, since the chunks are even and the
     * worker is usually about to finish; then yielding the core between checks.
     */
    private static void await(AtomicIntegerArray state, int i) {
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (state.get(i) != 2) {
            if (System.nanoTime() < deadline) Thread.onSpinWait();
            else Thread.yield();
        }
    }

    /** Nanoseconds callers have waited for other threads' chunks so far (0 unless profiling is on: see {@link #PROFILE}). */
    static long waitedNanos() {
        return WAITED.get();
    }

    /** Chunks offered to other threads, and of those the ones the caller ran itself because no worker had started them (profiling only). */
    static long[] handedAndTakenBack() {
        return new long[] {HANDED.get(), TAKEN_BACK.get()};
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

    private static Worker[] startWorkers(int n) {
        Worker[] w = new Worker[Math.max(0, n - 1)];
        for (int i = 0; i < w.length; i++) {
            w[i] = new Worker(i + 1);
            w[i].start();
        }
        return w;
    }

    /** A daemon thread that runs the chunks handed to it, one at a time, and stays awake a while between them. */
    private static final class Worker extends Thread {
        private final AtomicReference<Runnable> job = new AtomicReference<>();
        private volatile boolean sleeping, stopped;

        Worker(int index) {
            super("jielong-" + index);
            setDaemon(true);
        }

        void hand(Runnable chunk) {
            job.set(chunk);
            if (sleeping) LockSupport.unpark(this);
        }

        void retire() {
            stopped = true;
            LockSupport.unpark(this);
        }

        @Override
        public void run() {
            while (!stopped) {
                Runnable chunk = job.getAndSet(null);
                if (chunk != null) {
                    chunk.run(); // never throws: the chunk records its failure for the caller
                    continue;
                }
                // Spin briefly, then yield between checks: a core that others need (the caller's
                // serial work, another program) gets it back, while an idle core still answers within
                // a microsecond.
                long now = System.nanoTime(), spin = now + SPIN_NANOS / 5, deadline = now + workerSpinNanos;
                while (job.get() == null && !stopped && (now = System.nanoTime()) < deadline) {
                    if (now < spin) Thread.onSpinWait();
                    else Thread.yield();
                }
                if (job.get() != null || stopped) continue;
                sleeping = true;
                if (job.get() == null && !stopped) LockSupport.park(this); // hand() unparks: it reads sleeping after setting job
                sleeping = false;
            }
        }
    }
}
