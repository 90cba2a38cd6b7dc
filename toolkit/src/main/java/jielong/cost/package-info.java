/**
 * What a GPT costs, computed from its shape alone, so GPT-3 can be costed without building it:
 * parameters by component ({@link jielong.cost.ParameterCount}), FLOPs per token for training and
 * for one forward pass ({@link jielong.cost.Flops}, after Kaplan et al. 2020), bytes of weights,
 * training state and the KV cache at a chosen {@link jielong.cost.Precision} ({@link
 * jielong.cost.Memory}), and two counts of "neurons" ({@link jielong.cost.Neurons}). Lessons 01 and
 * 06 use it. For serving: a calculator from stated assumptions to GPUs, servers, energy and money a
 * day ({@link jielong.cost.ServingAssumptions}, {@link jielong.cost.ServingEstimate}), which
 * assumption moves an answer most ({@link jielong.cost.Sensitivity}), and this machine's own figures:
 * memory bandwidth ({@link jielong.cost.MemoryBandwidth}), decode time with and without the KV cache
 * and one pass over the weights ({@link jielong.cost.DecodeSpeed}), its CPU and caches ({@link
 * jielong.cost.Machine}). Lesson 15 uses them.
 */
package jielong.cost;
