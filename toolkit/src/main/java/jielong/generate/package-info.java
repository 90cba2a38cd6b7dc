/**
 * Text generation from a trained GPT: {@link jielong.generate.Generator} decodes token by token with a
 * KV cache, choosing each token by a {@link jielong.generate.Sampling} rule (greedy, temperature,
 * top-k, top-p) that {@link jielong.generate.Sampler} applies, the same tokens for the same seed.
 * {@link jielong.generate.Softmax} is the one softmax over logits that sampling, next-token tables,
 * compression and scoring all use. Any model can be scored and sampled through {@link jielong.lm}.
 */
package jielong.generate;
