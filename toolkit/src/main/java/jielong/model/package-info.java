/**
 * The GPT, after nanoGPT's model.py: its shape ({@link jielong.model.GptConfig}), the blocks of
 * causal self-attention and MLP ({@link jielong.model.Block}, {@link jielong.model.Attention}, {@link
 * jielong.model.Mlp}), initialisation, and the KV cache for decoding. Counting its parameters and
 * FLOPs from the shape is in {@link jielong.cost}.
 */
package jielong.model;
