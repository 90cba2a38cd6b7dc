package jielong.cost;

import jielong.cost.ParameterCount;
import jielong.model.GptConfig;

/**
 * Training compute of a GPT per token, counted as Kaplan et al. 2020 (Table 1) do: a forward pass
 * costs 2 FLOPs per non-embedding parameter plus 2·layers·context·width for attention, and the
 * backward pass twice the forward, so C = 6·N·D + 6·layers·context·width·D.
 *
 * <p>{@link #perToken} counts training (forward and backward); {@link #forwardPerToken} counts one
 * forward pass, for the cost of inference.
 *
 * @param dense     6·N in training (2·N forward): the matrix multiplications of every block, FLOPs per token
 * @param attention 6·layers·context·width in training: query-key scores and the weighted sum of values under
 *                  the causal mask (a token sees half the context on average), FLOPs per token
 * @param logits    6·width·vocabulary in training (2· forward): the output head, left out of {@link #total()}
 *                  as Kaplan does, shown because it is far from negligible in a tiny model
 */
public record Flops(long dense, long attention, long logits) {

    /** FLOPs per training token (forward and backward) of a shape. */
    public static Flops perToken(GptConfig c) {
        long n = ParameterCount.of(c).nonEmbedding();
        long attention = 6L * c.nLayer() * c.blockSize() * c.nEmbd();
        return new Flops(6 * n, attention, 6L * c.nEmbd() * c.vocabSize());
    }

    /**
     * FLOPs of one forward pass for one new token that attends to {@code attended} tokens (itself
     * included), as in decoding with a KV cache: 2 per non-embedding weight, 2·layers·attended·width
     * for the scores and the weighted sum of values, and 2·width·vocabulary for the output head.
     */
    public static Flops forwardPerToken(GptConfig c, long attended) {
        long n = ParameterCount.of(c).nonEmbedding();
        return new Flops(2 * n, 2L * c.nLayer() * attended * c.nEmbd(), 2L * c.nEmbd() * c.vocabSize());
    }

    /** Training FLOPs of {@code tokens} tokens on a shape: C = (6·N + attention)·D. */
    public static double training(GptConfig c, long tokens) {
        return (double) perToken(c).total() * tokens;
    }

    /** FLOPs per token that scaling laws count: dense plus attention. */
    public long total() {
        return dense + attention;
    }
}
