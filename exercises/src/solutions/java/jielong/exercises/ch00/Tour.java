package jielong.exercises.ch00;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/** Reference solutions of notebook 00's exercises. */
public final class Tour {
    private Tour() {}

    public static Tensor matrix(float[] values, int rows, int cols) {
        return Tensor.of(values, rows, cols);
    }

    public static float[] softmax(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) max = Math.max(max, l);
        float[] p = new float[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) sum += p[i] = (float) Math.exp(logits[i] - max);
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return p;
    }

    public static float[] lossGradient(float[] w, int inputs, int classes, float[] x, int target) {
        Tensor weights = Tensor.param(w.clone(), inputs, classes);
        Tensor loss = Ops.crossEntropy(Ops.linear(Tensor.of(x.clone(), 1, inputs), weights, null), new int[] {target});
        loss.backward();
        return weights.grad().clone();
    }
}
