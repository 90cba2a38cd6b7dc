package jielong.diffusion;

import jielong.engine.Tensor;

/**
 * A network ε_θ(x_t, t) that, given noisy points and their step numbers, predicts the noise that was
 * added to them: what a DDPM learns and what its reverse process calls once per step. An
 * {@link jielong.model.MlpNet} with time features is one ({@code net::forward}).
 */
@FunctionalInterface
public interface NoisePredictor {
    /** The predicted noise [B, d] for points x_t [B, d] at steps {@code t} (one per row, 1..T). */
    Tensor predictNoise(Tensor xt, float[] t);
}
