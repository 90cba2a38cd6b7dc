package jielong.gpu;

/**
 * Scratch buffers an op uses only while it runs (attention's per-head copies of q, k and v),
 * kept between calls and grown when a bigger one is asked for. Safe because every kernel runs in
 * order on one stream: the next op cannot start before this one's kernels are done with them.
 */
final class Workspace {
    private final DeviceMemory memory;
    private final long[] ptr = new long[12], bytes = new long[12];

    Workspace(DeviceMemory memory) {
        this.memory = memory;
    }

    /** Scratch buffer number slot, at least floats long. */
    long get(int slot, long floats) {
        long need = 4 * floats;
        if (bytes[slot] < need) {
            memory.free(ptr[slot], bytes[slot]);
            ptr[slot] = memory.alloc(need);
            bytes[slot] = need;
        }
        return ptr[slot];
    }
}
