package jielong.model;

import java.util.Map;

import jielong.engine.Tensor;

/**
 * A model with named learnable tensors, in a fixed order: all the trainer, the optimiser and a
 * checkpoint need to know about a model other than the GPT (an MLP, a denoiser, a probe).
 */
@FunctionalInterface
public interface Trainable {
    /** Every learnable tensor by name, always in the same order. */
    Map<String, Tensor> parameters();
}
