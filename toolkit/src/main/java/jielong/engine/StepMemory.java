package jielong.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands one training step's arrays on to the next. While a step is open on a thread, the results
 * of ops, and their gradients, take their float arrays from those the previous step gave back
 * (zeroed, so every op sees what a new array would hold and computes the same bits) instead of
 * new ones; closing the step gives them back. The baby GPT's step makes about 65 MB of
 * activations and gradients: allocated afresh, they fill the young generation several times a
 * step, and the collector copies whatever is still live each time.
 *
 * <p>Tensors made during a step are unusable once it closes: read what you need (the loss's
 * value) before. Parameters, and tensors made outside a step, are never touched. Arrays of a size
 * the step did not ask for again are dropped, so memory follows the latest step's needs.
 */
public final class StepMemory {
    private static final ThreadLocal<StepMemory> OPEN = new ThreadLocal<>();

    private Map<Integer, ArrayDeque<float[]>> free = new HashMap<>();
    private final List<Tensor> made = new ArrayList<>();
    private StepMemory outer;
    private boolean open;

    /** The memory of the step open on this thread, or null when none is. */
    static StepMemory current() {
        return OPEN.get();
    }

    /**
     * Opens a step on this thread; close it (try-with-resources) when the optimiser has stepped.
     * Steps of different memories may nest; one memory holds one step at a time.
     */
    public Step open() {
        if (open) throw new IllegalStateException("this StepMemory already has a step open: close it before opening the next");
        open = true;
        outer = OPEN.get();
        OPEN.set(this);
        return this::close;
    }

    /** An open step; closing it gives its arrays back for the next step. */
    @FunctionalInterface
    public interface Step extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * An array of n floats, one the last step gave back if there is one, else a new one; zeroed
     * unless {@code clear} is false (the caller writes every value before reading any).
     */
    float[] take(int n, boolean clear) {
        float[] a;
        synchronized (this) {
            ArrayDeque<float[]> q = free.get(n);
            a = q == null ? null : q.poll();
        }
        if (a == null) return new float[n];
        if (!clear) return a;
        Parallel.zero(a); // both cores clear a big array: a new array's zeroing would have been the allocating thread's alone
        return a;
    }

    /** Records a tensor whose data came from {@link #take}, to take its arrays back at the close. */
    synchronized void adopt(Tensor t) {
        made.add(t);
    }

    private void close() {
        if (!open) return;
        Map<Integer, ArrayDeque<float[]>> back = new HashMap<>();
        synchronized (this) {
            for (Tensor t : made) {
                for (float[] a : t.release()) back.computeIfAbsent(a.length, n -> new ArrayDeque<>()).add(a);
            }
            made.clear();
            free = back;
        }
        open = false;
        if (OPEN.get() == this) {
            if (outer == null) OPEN.remove();
            else OPEN.set(outer);
        }
        outer = null;
    }
}
