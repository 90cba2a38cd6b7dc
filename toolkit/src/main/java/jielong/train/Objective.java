package jielong.train;

import java.util.Random;

import jielong.engine.Tensor;

/**
 * What training minimises: a batch in, a scalar loss tensor out, built from {@link jielong.engine.Ops}
 * so that {@code backward()} reaches every parameter. Next-token loss, loss on answer tokens
 * only, DPO, a KL divergence to a teacher or a denoiser's MSE are all objectives; see
 * {@link NextTokenLoss} for the language-model ones.
 *
 * <p>The tensors made while computing a loss live for one training step: {@link Trainer} hands
 * their arrays on to the next step ({@link jielong.engine.StepMemory}), so keep none of them.
 *
 * @param <B> the kind of batch (token windows, padded examples, points with noise, ...)
 */
@FunctionalInterface
public interface Objective<B> {
    /**
     * The loss on one batch. With a dropout generator the model is in training mode; null means
     * evaluation (no dropout, the validation estimate).
     */
    Tensor loss(B batch, Random dropoutRng);
}
