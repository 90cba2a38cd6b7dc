package jielong.gpu;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Device memory by plain allocations (cuMemAlloc, never managed memory), recycled: a buffer
 * goes back to a pool by size when the Java object that owns it has been garbage-collected, and
 * the next request of that size takes it from there. Training repeats the same shapes every
 * step, so after the first steps almost nothing is allocated afresh.
 *
 * <p>Java's collector does not see device memory, so once the buffers handed out since the last
 * collection pass a budget, this asks for a collection; when an allocation still fails, it
 * releases the pool and tries once more before reporting the shortage.
 */
final class DeviceMemory {
    private final Driver cu;
    private final long budget;
    private final Map<Long, ArrayDeque<Long>> pool = new HashMap<>();
    private final ReferenceQueue<Object> dead = new ReferenceQueue<>();
    private final Set<Owned> owned = new HashSet<>(); // keeps the references themselves reachable
    private final long[] ptr = new long[1];
    private long sinceCollection, pooled, inUse, peak, collections;

    DeviceMemory(Driver cu, long budget) {
        this.cu = cu;
        this.budget = budget;
    }

    /** Buffers of one owner, freed to the pool once the owner is unreachable. */
    interface Buffers {
        /** Hands every buffer back (a DeviceTensor returns its data, gradient and moments). */
        void release(DeviceMemory memory);
    }

    private static final class Owned extends PhantomReference<Object> {
        final Buffers buffers;

        Owned(Object owner, Buffers buffers, ReferenceQueue<Object> q) {
            super(owner, q);
            this.buffers = buffers;
        }
    }

    /** Frees buffers to the pool when owner becomes unreachable; buffers must not refer to owner. */
    void track(Object owner, Buffers buffers) {
        owned.add(new Owned(owner, buffers, dead));
    }

    /** A buffer of at least bytes (contents undefined). */
    long alloc(long bytes) {
        bytes = Math.max(256, (bytes + 255) & ~255L);
        reclaim();
        if (sinceCollection > budget) {
            collect();
        }
        ArrayDeque<Long> free = pool.get(bytes);
        inUse += bytes;
        peak = Math.max(peak, inUse);
        if (free != null && !free.isEmpty()) {
            pooled -= bytes;
            return free.pop();
        }
        sinceCollection += bytes;
        long t0 = System.nanoTime();
        int status = cu.tryAlloc(bytes, ptr);
        if (Profile.ON) Profile.add(cu, "cuMemAlloc (fresh buffers)", t0);
        if (status != 0) { // out of memory, most likely: give everything unreachable back and retry
            collect();
            releasePool();
            status = cu.tryAlloc(bytes, ptr);
            if (status != 0) {
                inUse -= bytes;
                throw new CudaException("cuMemAlloc_v2 of " + bytes + " bytes failed: " + cu.errorText(status)
                        + " (" + inUse / (1 << 20) + " MiB in use by live tensors)");
            }
        }
        return ptr[0];
    }

    /** Returns a buffer to the pool (bytes as asked for in alloc). */
    void free(long p, long bytes) {
        if (p == 0) return;
        bytes = Math.max(256, (bytes + 255) & ~255L);
        pool.computeIfAbsent(bytes, b -> new ArrayDeque<>()).push(p);
        pooled += bytes;
        inUse -= bytes;
    }

    /** Frees the buffers of owners the collector has found unreachable. */
    private void reclaim() {
        Reference<?> r;
        while ((r = dead.poll()) != null) {
            owned.remove(r);
            ((Owned) r).buffers.release(this);
        }
    }

    private void collect() {
        long t0 = System.nanoTime();
        try {
            collectNow();
        } finally {
            if (Profile.ON) Profile.add(cu, "garbage collection for device memory", t0);
        }
    }

    private void collectNow() {
        collections++;
        System.gc();
        try { // the collector enqueues references on its own thread: wait for the first, take the rest
            Reference<?> r = dead.remove(200);
            if (r != null) {
                owned.remove(r);
                ((Owned) r).buffers.release(this);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reclaim();
        sinceCollection = 0;
    }

    private void releasePool() {
        for (ArrayDeque<Long> q : pool.values()) while (!q.isEmpty()) cu.free(q.pop());
        pooled = 0;
    }

    /** "in use 1.2 GiB, pooled 0.3 GiB, peak 1.5 GiB, 3 collections". */
    String summary() {
        return String.format("in use %.2f GiB, pooled %.2f GiB, peak %.2f GiB, %d collection(s)",
                inUse / 1073741824.0, pooled / 1073741824.0, peak / 1073741824.0, collections);
    }
}
