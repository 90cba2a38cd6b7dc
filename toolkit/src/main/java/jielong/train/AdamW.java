package jielong.train;

import java.util.LinkedHashMap;
import java.util.Map;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter 2019). Keeps two running averages per
 * parameter: of the gradient (m) and of its square (v). Matrices decay; biases and gains do not.
 */
public final class AdamW {
    final Map<String, Tensor> params;
    final Map<String, float[]> m = new LinkedHashMap<>(), v = new LinkedHashMap<>();
    int step;

    public AdamW(Map<String, Tensor> params) {
        this.params = params;
        params.forEach((name, p) -> {
            m.put(name, new float[p.size()]);
            v.put(name, new float[p.size()]);
        });
    }

    /** Steps taken so far. */
    public int stepCount() {
        return step;
    }

    /** Rescales all gradients so their global L2 norm is at most maxNorm; returns the norm before. */
    public double clipGradients(float maxNorm) {
        double sq = 0;
        for (Tensor p : params.values()) sq += Ops.backend().gradSquaredSum(p);
        double norm = Math.sqrt(sq);
        if (maxNorm > 0 && norm > maxNorm) {
            float factor = (float) (maxNorm / (norm + 1e-6));
            for (Tensor p : params.values()) Ops.backend().scaleGrad(p, factor);
        }
        return norm;
    }

    /** One update of every parameter from its current gradient. */
    public void step(TrainConfig c, float lr) {
        step++;
        params.forEach((name, p) -> Ops.backend().adamw(p, m.get(name), v.get(name), lr, c.beta1(), c.beta2(), 1e-8f,
                p.shape.length >= 2 ? c.weightDecay() : 0f, step));
    }
}
