package jielong.exercises.ch00;

import jielong.engine.Tensor;

/**
 * The only place where chapter 00's graded tests meet the learner's code. Arrays are copied on the
 * way in, so learner code that changes its inputs cannot change what a test compares against.
 */
final class Ch00 {
    private Ch00() {}

    static Tensor matrix(float[] values, int rows, int cols) {
        return Tour.matrix(values.clone(), rows, cols);
    }

    static float[] softmax(float[] logits) {
        return Tour.softmax(logits.clone());
    }

    static float[] lossGradient(float[] w, int inputs, int classes, float[] x, int target) {
        return Tour.lossGradient(w.clone(), inputs, classes, x.clone(), target);
    }
}
