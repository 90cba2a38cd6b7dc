package jielong.exercises.ch00;

import jielong.engine.Tensor;

/**
 * Exercises of notebook 00, the tour: the toolkit's tensor, a softmax, and a gradient that the
 * engine computes for you. Replace each {@code throw} with your code, then run
 * {@code ./jielong grade ch00}.
 */
public final class Tour {
    private Tour() {}

    /**
     * Exercise 1 (one line): a constant tensor of shape [rows, cols] holding the values row by row.
     * Hint: {@code Tensor.of}.
     */
    public static Tensor matrix(float[] values, int rows, int cols) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 00, exercise 1");
    }

    /**
     * Exercise 2: softmax, e^(x_i) / Σ_j e^(x_j). It must not overflow for logits such as 1000:
     * subtract the largest logit first (the result does not change, the exponentials stay small).
     */
    public static float[] softmax(float[] logits) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 00, exercise 2");
    }

    /**
     * Exercise 3: let autodiff do calculus. With weights w [inputs, classes] as a parameter and one
     * input row x [1, inputs], compute loss = crossEntropy(linear(x, w, no bias), target), call
     * backward, and return the gradient of the loss with respect to w (its values, row by row).
     */
    public static float[] lossGradient(float[] w, int inputs, int classes, float[] x, int target) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 00, exercise 3");
    }
}
