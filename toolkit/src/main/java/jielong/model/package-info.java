/**
 * The GPT, after nanoGPT's model.py: its shape ({@link jielong.model.GptConfig}), the blocks of
 * causal self-attention and MLP ({@link jielong.model.Block}, {@link jielong.model.Attention}, {@link
 * jielong.model.Mlp}), initialisation, and decoding: the KV cache ({@link jielong.model.KvCache}),
 * the one rule for texts longer than the context ({@link jielong.model.ContextWindow}) and reading a
 * text token by token with both ({@link jielong.model.CachedReader}). One forward pass serves
 * training, evaluation and cached decoding. Counting parameters and FLOPs from the shape is in
 * {@link jielong.cost}.
 *
 * <p>A {@link jielong.model.Trace} looks inside that pass (attention maps, logit lens, probing) and
 * changes it (ablation, activation patching, quantized weights); without one the pass pays nothing:
 *
 * <pre>{@code
 * Trace t = Trace.record("h.*.attn.probs", "h.*.resid_post");
 * gpt.forward(idx, T, t);
 * Tensor weights = t.get("h.0.attn.probs");                  // [1, H, T, T]
 * Tensor ablated = gpt.forward(idx, T, Trace.ablate("h.1.attn.head.2"));  // head 2 of layer 1 removed
 * Tensor patched = gpt.forward(other, T, Trace.patch("h.0.resid_post", t.get("h.0.resid_post")));
 * Tensor q8 = gpt.forward(idx, T, Trace.hookParameter("h.*.mlp.c_fc.weight", w -> quantize(w)));
 * }</pre>
 * {@code Trace.names(config)} lists every name.
 */
package jielong.model;
