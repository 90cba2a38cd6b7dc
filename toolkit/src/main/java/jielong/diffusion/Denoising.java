package jielong.diffusion;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.train.BatchSource;
import jielong.train.Objective;

/**
 * DDPM's training task (Ho et al. 2020, Algorithm 1): take data points x_0, a step t uniform in
 * 1..T and noise ε, jump to x_t with the closed form, and teach the network to tell ε from x_t:
 * loss ‖ε − ε_θ(x_t, t)‖², the mean squared error.
 */
public final class Denoising {
    private Denoising() {}

    /** A training batch: noisy points x_t [B, d], their steps t, and the noise ε [B, d] that was added. */
    public record Batch(Tensor xt, float[] t, Tensor noise) {}

    /**
     * Batches drawn from the data points (n·dims values): points with replacement, steps and noise
     * fresh each time, every choice from the trainer's generator.
     */
    public static BatchSource<Batch> batches(float[] data, int dims, NoiseSchedule s) {
        if (dims < 1 || data.length == 0 || data.length % dims != 0) {
            throw new IllegalArgumentException("Denoising: " + data.length + " values do not make points of " + dims + " coordinates");
        }
        for (float v : data) {
            if (!Float.isFinite(v)) throw new IllegalArgumentException("Denoising: the data holds " + v + "; every coordinate must be a finite number");
        }
        int n = data.length / dims;
        float[] own = data.clone();
        return (rng, size) -> {
            float[] xt = new float[size * dims], eps = new float[size * dims], t = new float[size];
            for (int b = 0; b < size; b++) {
                int i = rng.nextInt(n), step = 1 + rng.nextInt(s.steps());
                t[b] = step;
                double a = Math.sqrt(s.alphaBar(step)), c = Math.sqrt(1 - s.alphaBar(step));
                for (int j = 0; j < dims; j++) {
                    float e = (float) rng.nextGaussian();
                    eps[b * dims + j] = e;
                    xt[b * dims + j] = (float) (a * own[i * dims + j] + c * e);
                }
            }
            return new Batch(Tensor.of(xt, size, dims), t, Tensor.of(eps, size, dims));
        };
    }

    /** The loss: mean squared error between the predicted and the true noise. */
    public static Objective<Batch> loss(NoisePredictor model) {
        return (batch, dropoutRng) -> Ops.mse(model.predictNoise(batch.xt(), batch.t()), batch.noise());
    }
}
