package jielong.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A float array with a shape, and, when it takes part in learning, a gradient of the same shape
 * plus a link to the op that made it. Calling {@link #backward()} on a scalar loss walks those
 * links in reverse topological order, micrograd's idea with arrays in place of numbers.
 *
 * <p>Data are row-major: a [rows, cols] tensor stores row r at {@code data[r * cols]}.
 *
 * <p>A backend with its own memory (a GPU) may keep a {@link DeviceCopy} of a tensor; then the
 * device copy is the current one, and {@link #host()} brings the host arrays up to date.
 */
public final class Tensor {
    /** The size of each dimension, outermost first. */
    public final int[] shape;
    /**
     * The values, row-major. Null while a device backend holds a result's only copy: code that
     * reads values on the host calls {@link #host()} first (item() does so itself).
     */
    public float[] data;
    /** Whether a gradient flows into this tensor (parameters, and results computed from them). */
    public final boolean requiresGrad;
    /** What made this tensor, for error messages and for drawing the graph in a lesson. */
    public final String op;

    private final int size;
    private float[] grad;
    private final Tensor[] inputs;
    private Runnable backwardStep;
    private DeviceCopy device;
    /** The step whose arrays this tensor holds ({@link StepMemory}), or null. */
    private StepMemory memory;
    private boolean released;

    private Tensor(int[] shape, float[] data, boolean requiresGrad, String op, Tensor[] inputs) {
        this.shape = shape.clone();
        this.size = size(shape);
        this.data = data;
        this.requiresGrad = requiresGrad;
        this.op = op;
        this.inputs = inputs;
        if (data != null && size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size(shape)
                    + " values but the data has " + data.length);
        }
    }

    /** A constant: no gradient flows into it. */
    public static Tensor of(float[] data, int... shape) {
        java.util.Objects.requireNonNull(data, "data");
        return new Tensor(shape, data, false, "constant", new Tensor[0]);
    }

    /** A tensor of zeros that takes no gradient. */
    public static Tensor zeros(int... shape) {
        return of(new float[size(shape)], shape);
    }

    /** A learnable parameter: its gradient is kept and accumulated across backward passes. */
    public static Tensor param(float[] data, int... shape) {
        java.util.Objects.requireNonNull(data, "data");
        return new Tensor(shape, data, true, "parameter", new Tensor[0]);
    }

    private static final ThreadLocal<Boolean> GRAD_OFF = ThreadLocal.withInitial(() -> false);

    /** While the returned handle is open, ops on this thread record no graph (inference). */
    public static NoGrad noGrad() {
        boolean before = GRAD_OFF.get();
        GRAD_OFF.set(true);
        return () -> GRAD_OFF.set(before);
    }

    /** Handle returned by {@link #noGrad()}; closing it restores gradient recording. */
    public interface NoGrad extends AutoCloseable {
        @Override
        void close();
    }

    /** The result of an op on {@code inputs}: it needs a gradient if any input does. */
    static Tensor result(String op, int[] shape, Tensor... inputs) {
        return result(op, shape, true, inputs);
    }

    /**
     * A result that the op writes in full before anything reads it (a product, a layer norm, ...):
     * inside a {@link StepMemory} step its recycled array is not cleared first.
     */
    static Tensor overwrittenResult(String op, int[] shape, Tensor... inputs) {
        return result(op, shape, false, inputs);
    }

    private static Tensor result(String op, int[] shape, boolean clear, Tensor... inputs) {
        StepMemory m = Ops.backend().resultsOnHost() ? StepMemory.current() : null;
        if (m == null) return result(op, shape, hostArray(shape), inputs);
        Tensor t = result(op, shape, m.take(size(shape), clear), inputs);
        t.memory = m;
        m.adopt(t);
        return t;
    }

    /** A result whose values the caller has already computed on the host (a loss, say). */
    static Tensor result(String op, int[] shape, float[] data, Tensor... inputs) {
        boolean grad = false;
        if (!GRAD_OFF.get()) for (Tensor t : inputs) grad |= t != null && t.requiresGrad;
        return new Tensor(shape, data, grad, op, inputs);
    }

    /** Working space an op fills for its backward step (softmax weights, row statistics). */
    static Tensor scratch(int... shape) {
        return scratch(true, shape);
    }

    /** Working space that the op fills in full (see {@link #overwrittenResult}). */
    static Tensor overwrittenScratch(int... shape) {
        return scratch(false, shape);
    }

    private static Tensor scratch(boolean clear, int... shape) {
        StepMemory m = Ops.backend().resultsOnHost() ? StepMemory.current() : null;
        if (m == null) return new Tensor(shape, hostArray(shape), false, "scratch", new Tensor[0]);
        Tensor t = new Tensor(shape, m.take(size(shape), clear), false, "scratch", new Tensor[0]);
        t.memory = m;
        m.adopt(t);
        return t;
    }

    /**
     * Called by {@link StepMemory} when this tensor's step closes: returns its arrays for the next
     * step and leaves it unusable.
     */
    float[][] release() {
        float[][] arrays = grad == null ? new float[][] {data} : new float[][] {data, grad};
        data = null;
        grad = null;
        backwardStep = null;
        memory = null;
        released = true;
        return arrays;
    }

    private void checkNotReleased() {
        if (released) {
            throw new IllegalStateException("this " + op + " tensor belonged to a training step that has ended, and its memory "
                    + "went to the next step: read its values before the step closes");
        }
    }

    /** Zeros for the CPU; nothing for a backend that keeps results in its own memory. */
    private static float[] hostArray(int[] shape) {
        return Ops.backend().resultsOnHost() ? new float[size(shape)] : null;
    }

    /**
     * A backend's own copy of a tensor (in GPU memory, say), attached by the backend on first
     * use. While attached, the device copy is the current one; {@link #host()} copies it back.
     */
    public interface DeviceCopy {
        /** Copies the device's values into data, and into grad unless it is null. */
        void toHost(float[] data, float[] grad);

        /** Whether the device holds a gradient for this tensor. */
        boolean hasGrad();

        /** Sets the device's gradient to zero. */
        void zeroGrad();

        /**
         * The host's gradient was just added to by an op that ran on the host (a {@link Backend}
         * default): copy it to the device's gradient, if the device holds one (if not, the
         * backend takes the host's gradient when it first needs one).
         */
        void gradFromHost(float[] grad);
    }

    /** The backend's copy of this tensor, or null while the host arrays are the only copy. */
    public DeviceCopy device() {
        return device;
    }

    /** Called by a backend when it takes a copy of this tensor into its own memory. */
    public void attach(DeviceCopy copy) {
        this.device = copy;
    }

    /**
     * Makes data (and grad, if there is one) current on the host and returns this tensor. A no-op
     * on the CPU; on a GPU, call it before reading values: for checkpoints, sampling or plots.
     */
    public Tensor host() {
        checkNotReleased();
        if (device == null) return this;
        if (data == null) data = new float[size];
        if (grad == null && device.hasGrad()) grad = new float[size];
        device.toHost(data, grad);
        return this;
    }

    /** After a host op added to grad(): hands the gradient to the device copy, if there is one. */
    void gradChangedOnHost() {
        if (device != null) device.gradFromHost(grad);
    }

    /** Registers how this result passes its gradient back to its inputs. */
    void onBackward(Runnable step) {
        if (requiresGrad) backwardStep = step;
    }

    /** The gradient, created as zeros on first use. */
    public float[] grad() {
        if (grad == null) {
            checkNotReleased();
            grad = memory != null ? memory.take(size, true) : new float[size];
        }
        return grad;
    }

    /** Whether a gradient has been created, here or on a device (ops skip inputs that take none). */
    public boolean hasGrad() {
        return grad != null || (device != null && device.hasGrad());
    }

    /** Resets the gradient to zero (between optimiser steps). */
    public void zeroGrad() {
        if (grad != null) Parallel.zero(grad);
        if (device != null) device.zeroGrad();
    }

    /** Number of values. */
    public int size() {
        return size;
    }

    /** The first dimension of a matrix (rows). */
    public int rows() {
        return shape.length == 1 ? 1 : size() / shape[shape.length - 1];
    }

    /** The last dimension (columns). */
    public int cols() {
        return shape[shape.length - 1];
    }

    /** The single value of a one-element tensor, such as a loss. */
    public float item() {
        if (size != 1) throw new IllegalStateException("item() needs one value; this tensor has shape " + Arrays.toString(shape));
        return host().data[0];
    }

    /** Value at (row, col) of a matrix. */
    public float get(int row, int col) {
        checkNotReleased();
        return data[row * cols() + col];
    }

    /**
     * Back-propagates from this scalar: sets d(this)/d(this) = 1, then runs every op's backward step
     * from the last op to the first, so each gradient is complete before it is passed on.
     */
    public void backward() {
        if (size != 1) throw new IllegalStateException("backward() starts from a scalar loss; this tensor has shape " + Arrays.toString(shape));
        backward(new float[] {1f});
    }

    /**
     * Back-propagates a given gradient of some scalar with respect to this tensor (a
     * vector-Jacobian product): handy for checking one op at a time.
     */
    public void backward(float[] outputGrad) {
        if (outputGrad.length != size) throw new IllegalArgumentException("gradient has " + outputGrad.length + " values, tensor has " + size);
        List<Tensor> order = topologicalOrder();
        System.arraycopy(outputGrad, 0, grad(), 0, size);
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.backwardStep != null && t.hasGrad()) t.backwardStep.run();
        }
    }

    /** The tensors this one depends on, inputs before results (iterative: graphs can be deep). */
    private List<Tensor> topologicalOrder() {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> seen = new HashSet<>();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {this, 0});
        seen.add(this);
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            Tensor t = (Tensor) top[0];
            int next = (Integer) top[1];
            if (next < t.inputs.length) {
                top[1] = next + 1;
                Tensor in = t.inputs[next];
                if (in != null && in.requiresGrad && seen.add(in)) stack.push(new Object[] {in, 0});
            } else {
                stack.pop();
                order.add(t);
            }
        }
        return order;
    }

    static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape) + " (" + op + ")";
    }
}
