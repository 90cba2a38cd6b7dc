/**
 * What a GPT costs, computed from its shape alone, so GPT-3 can be costed without building it:
 * parameters by component ({@link jielong.cost.ParameterCount}), FLOPs per token for training and
 * for one forward pass ({@link jielong.cost.Flops}, after Kaplan et al. 2020), bytes of weights,
 * training state and the KV cache at a chosen {@link jielong.cost.Precision} ({@link
 * jielong.cost.Memory}), and two counts of "neurons" ({@link jielong.cost.Neurons}). Lessons 01 and
 * 06 use it, and the inference-cost lesson is meant to.
 */
package jielong.cost;
