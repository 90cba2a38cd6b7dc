package jielong.gpu;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Map;

/**
 * Our kernels, compiled once by NVRTC into a module, and launched by name. Arguments are passed
 * as Java values: a Long is a device pointer or a C long, an Integer an int, a Float a float,
 * matching the kernel's parameters in order.
 */
final class Kernels {
    private static final int MAX_ARGS = 20;

    private final Driver cu;
    private final long module;
    private final Map<String, Long> functions = new HashMap<>();
    // cuLaunchKernel copies the arguments when it is called, so one buffer serves every launch.
    private final MemorySegment values, pointers;

    Kernels(Driver cu, byte[] cubin) {
        this.cu = cu;
        this.module = cu.loadModule(cubin);
        Arena arena = Arena.ofAuto();
        values = arena.allocate(8L * MAX_ARGS, 8);
        pointers = arena.allocate(ADDRESS, MAX_ARGS);
        for (int i = 0; i < MAX_ARGS; i++) pointers.setAtIndex(ADDRESS, i, values.asSlice(8L * i, 8));
    }

    /** Launches name on a grid of blocks (x, y, z) of threads (x, y) with shared bytes of dynamic shared memory. */
    void launch(String name, int gx, int gy, int gz, int bx, int by, int shared, Object... args) {
        if (args.length > MAX_ARGS) throw new IllegalArgumentException(name + ": more than " + MAX_ARGS + " arguments");
        for (int i = 0; i < args.length; i++) {
            long at = 8L * i;
            switch (args[i]) {
                case Long l -> values.set(JAVA_LONG, at, l);
                case Integer n -> values.set(JAVA_INT, at, n);
                case Float f -> values.set(JAVA_FLOAT, at, f);
                default -> throw new IllegalArgumentException(name + ": argument " + i + " is a " + args[i].getClass().getSimpleName());
            }
        }
        if (Profile.ON) cu.synchronize();
        long t0 = System.nanoTime();
        cu.launch(name, function(name), gx, gy, gz, bx, by, 1, shared, pointers);
        if (Profile.ON) Profile.add(cu, "kernel " + name, t0);
    }

    /** One thread per element of n, 256 to a block, the grid capped (the kernels loop over the rest). */
    void elementwise(String name, long n, Object... args) {
        int blocks = (int) Math.max(1, Math.min((n + 255) / 256, 65_535));
        launch(name, blocks, 1, 1, 256, 1, 0, args);
    }

    /** One warp per row, 8 rows to a block of 256 threads. */
    void perRow(String name, long rows, Object... args) {
        launch(name, (int) ((rows + 7) / 8), 1, 1, 256, 1, 0, args);
    }

    void synchronize() {
        cu.synchronize();
    }

    void profile(String what, long t0) {
        Profile.add(cu, what, t0);
    }

    private long function(String name) {
        Long f = functions.get(name);
        if (f == null) {
            f = cu.function(module, name);
            functions.put(name, f);
        }
        return f;
    }
}
