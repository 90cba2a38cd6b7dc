package jielong.cost;

/**
 * This machine's memory bandwidth as one core sees it, measured the way McCalpin's STREAM does:
 * copy (a[i] = b[i]) and triad (a[i] = b[i] + s·c[i]) over float arrays, counting the bytes the
 * loop reads and writes (8 a copied element, 12 a triad element). Arrays that fit a cache run at
 * that cache's speed, so measuring a range of sizes shows where the caches end.
 *
 * @param workingSetBytes     bytes of the triad's three arrays together (the copy uses two of them)
 * @param copyBytesPerSecond  best copy rate over the repeats (bytes/s)
 * @param triadBytesPerSecond best triad rate over the repeats (bytes/s)
 */
public record MemoryBandwidth(long workingSetBytes, double copyBytesPerSecond, double triadBytesPerSecond) {
    /** A timed repeat passes over small arrays several times, so each timing lasts at least this many bytes' work. */
    private static final long BYTES_PER_TIMING = 64L << 20;
    /** Timings go on, past the repeats asked for, until this many seconds have passed: the JIT compiles the loops meanwhile. */
    private static final double MIN_SECONDS = 0.3;

    /** Measures copy and triad over three arrays of {@code workingSetBytes} in all; the best of {@code repeats} timings each. */
    public static MemoryBandwidth measure(long workingSetBytes, int repeats) {
        if (workingSetBytes < 3 * 64 || workingSetBytes > 3L * Integer.MAX_VALUE) {
            throw new IllegalArgumentException("working set must be between 192 bytes and 24 GB, got " + workingSetBytes);
        }
        if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        int n = (int) (workingSetBytes / 12);
        float[] a = new float[n], b = new float[n], c = new float[n];
        java.util.Arrays.fill(b, 1f);
        java.util.Arrays.fill(c, 2f);
        int passes = (int) Math.max(1, BYTES_PER_TIMING / (12L * n));
        double copy = 0, triad = 0;
        long start = System.nanoTime();
        // The first round warms the JIT and the pages up; small arrays get more rounds, to let the JIT settle.
        for (int r = 0; r < repeats + 1 || System.nanoTime() - start < MIN_SECONDS * 1e9; r++) {
            long t0 = System.nanoTime();
            for (int p = 0; p < passes; p++) copy(a, b);
            long t1 = System.nanoTime();
            for (int p = 0; p < passes; p++) triad(a, b, c, 3f);
            long t2 = System.nanoTime();
            if (r == 0) continue;
            copy = Math.max(copy, 8.0 * n * passes / ((t1 - t0) / 1e9));
            triad = Math.max(triad, 12.0 * n * passes / ((t2 - t1) / 1e9));
        }
        if (a[n - 1] != 7f) throw new IllegalStateException("triad computed " + a[n - 1] + " instead of 7");
        return new MemoryBandwidth(12L * n, copy, triad);
    }

    private static void copy(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) a[i] = b[i];
    }

    private static void triad(float[] a, float[] b, float[] c, float s) {
        for (int i = 0; i < a.length; i++) a[i] = b[i] + s * c[i];
    }
}
