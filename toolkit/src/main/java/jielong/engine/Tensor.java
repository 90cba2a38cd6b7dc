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
 */
public final class Tensor {
    /** The size of each dimension, outermost first. */
    public final int[] shape;
    /** The values, row-major. */
    public final float[] data;
    /** Whether a gradient flows into this tensor (parameters, and results computed from them). */
    public final boolean requiresGrad;
    /** What made this tensor, for error messages and for drawing the graph in a lesson. */
    public final String op;

    private float[] grad;
    private final Tensor[] inputs;
    private Runnable backwardStep;

    private Tensor(int[] shape, float[] data, boolean requiresGrad, String op, Tensor[] inputs) {
        this.shape = shape.clone();
        this.data = data;
        this.requiresGrad = requiresGrad;
        this.op = op;
        this.inputs = inputs;
        if (size(shape) != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size(shape)
                    + " values but the data has " + data.length);
        }
    }

    /** A constant: no gradient flows into it. */
    public static Tensor of(float[] data, int... shape) {
        return new Tensor(shape, data, false, "constant", new Tensor[0]);
    }

    /** A tensor of zeros that takes no gradient. */
    public static Tensor zeros(int... shape) {
        return of(new float[size(shape)], shape);
    }

    /** A learnable parameter: its gradient is kept and accumulated across backward passes. */
    public static Tensor param(float[] data, int... shape) {
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
        boolean grad = false;
        if (!GRAD_OFF.get()) for (Tensor t : inputs) grad |= t != null && t.requiresGrad;
        return new Tensor(shape, new float[size(shape)], grad, op, inputs);
    }

    /** Registers how this result passes its gradient back to its inputs. */
    void onBackward(Runnable step) {
        if (requiresGrad) backwardStep = step;
    }

    /** The gradient, created as zeros on first use. */
    public float[] grad() {
        if (grad == null) grad = new float[data.length];
        return grad;
    }

    /** Whether a gradient has been created (ops skip inputs that take none). */
    public boolean hasGrad() {
        return grad != null;
    }

    /** Resets the gradient to zero (between optimiser steps). */
    public void zeroGrad() {
        if (grad != null) Arrays.fill(grad, 0f);
    }

    /** Number of values. */
    public int size() {
        return data.length;
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
        if (data.length != 1) throw new IllegalStateException("item() needs one value; this tensor has shape " + Arrays.toString(shape));
        return data[0];
    }

    /** Value at (row, col) of a matrix. */
    public float get(int row, int col) {
        return data[row * cols() + col];
    }

    /**
     * Back-propagates from this scalar: sets d(this)/d(this) = 1, then runs every op's backward step
     * from the last op to the first, so each gradient is complete before it is passed on.
     */
    public void backward() {
        if (data.length != 1) throw new IllegalStateException("backward() starts from a scalar loss; this tensor has shape " + Arrays.toString(shape));
        backward(new float[] {1f});
    }

    /**
     * Back-propagates a given gradient of some scalar with respect to this tensor (a
     * vector-Jacobian product): handy for checking one op at a time.
     */
    public void backward(float[] outputGrad) {
        if (outputGrad.length != data.length) throw new IllegalArgumentException("gradient has " + outputGrad.length + " values, tensor has " + data.length);
        List<Tensor> order = topologicalOrder();
        System.arraycopy(outputGrad, 0, grad(), 0, data.length);
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.backwardStep != null && t.grad != null) t.backwardStep.run();
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
