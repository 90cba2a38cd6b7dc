/**
 * Text generation from a trained GPT: {@link jielong.generate.Generator} decodes token by token with a
 * KV cache, choosing each token by a {@link jielong.generate.Sampling} rule (greedy, temperature,
 * top-k, top-p) that {@link jielong.generate.Sampler} applies, the same tokens for the same seed.
 */
package jielong.generate;
