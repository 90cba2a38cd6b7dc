package jielong.gpu;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where the time goes, when JIELONG_CUDA_PROFILE=1: every kernel, matrix product, fresh
 * allocation and collection is waited for and timed, and the totals print at exit. Waiting
 * after each launch slows the run; the split between the parts is what it is for.
 */
final class Profile {
    static final boolean ON = "1".equals(System.getenv("JIELONG_CUDA_PROFILE"));
    private static final Map<String, long[]> TOTALS = new TreeMap<>();

    static {
        if (ON) Runtime.getRuntime().addShutdownHook(new Thread(Profile::print));
    }

    private Profile() {}

    /** Adds the time since t0 (System.nanoTime) to what's bucket, after the GPU has caught up. */
    static synchronized void add(Driver cu, String what, long t0) {
        cu.synchronize();
        long[] a = TOTALS.computeIfAbsent(what, k -> new long[2]);
        a[0] += System.nanoTime() - t0;
        a[1]++;
    }

    private static synchronized void print() {
        System.out.println("profile (ms in total, calls):");
        TOTALS.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
                .forEach(e -> System.out.printf("  %-40s %10.1f ms %8d%n", e.getKey(), e.getValue()[0] / 1e6, e.getValue()[1]));
    }
}
