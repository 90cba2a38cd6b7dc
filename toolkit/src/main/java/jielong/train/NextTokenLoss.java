package jielong.train;

import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;

/**
 * Next-token prediction, the language model's objective, in its two forms: on random windows of
 * one long token stream (pre-training), and on the answer tokens of prompt-answer examples
 * (supervised fine-tuning, chain of thought).
 */
public final class NextTokenLoss {
    private NextTokenLoss() {}

    /** A language model without dropout, for the objectives below: logits [B·T, V] of B sequences of length t. */
    @FunctionalInterface
    public interface Logits {
        Tensor forward(int[] idx, int t);
    }

    /** Random windows of t tokens from a stream, each with its next tokens as targets. */
    public static BatchSource<TokenData.Batch> windows(TokenData data, int t) {
        return new BatchSource<>() {
            @Override
            public TokenData.Batch sample(Random rng, int batchSize) {
                return data.sample(rng, batchSize, t);
            }

            @Override
            public int tokens(TokenData.Batch batch) {
                return batch.x().length;
            }
        };
    }

    /** Mean cross-entropy over every position of every window, nats per token. */
    public static Objective<TokenData.Batch> onWindows(Gpt model) {
        return (b, dropoutRng) -> model.loss(b.x(), b.y(), b.t(), model.config.dropout() > 0 ? dropoutRng : null);
    }

    /** Next-token loss on windows for another language model, e.g. {@code onWindows(attentionOnly::forward)}. */
    public static Objective<TokenData.Batch> onWindows(Logits model) {
        return (b, dropoutRng) -> Ops.crossEntropy(model.forward(b.x(), b.t()), b.y());
    }

    /** Loss on answer tokens only for another language model. */
    public static Objective<Examples.Batch> onAnswers(Logits model) {
        return (b, dropoutRng) -> Ops.crossEntropy(model.forward(b.x(), b.t()), b.y(), b.weights());
    }

    /** Mean cross-entropy over answer tokens only (the prompt and the padding count for nothing). */
    public static Objective<Examples.Batch> onAnswers(Gpt model) {
        return (b, dropoutRng) -> Ops.crossEntropy(
                model.forward(b.x(), b.t(), model.config.dropout() > 0 ? dropoutRng : null), b.y(), b.weights());
    }

    /**
     * Each example's summed log-probability of its answer tokens, nats: log π(answer | prompt), the
     * quantity DPO compares between a policy and its reference, and REINFORCE weights by reward.
     */
    public static Tensor answerLogProb(Gpt model, Examples.Batch b, Random dropoutRng) {
        Tensor perToken = Ops.gather(Ops.logSoftmax(model.forward(b.x(), b.t(), dropoutRng)), b.y());
        Tensor masked = Ops.mul(perToken, Tensor.of(b.weights().clone(), b.weights().length));
        return Ops.sum(Ops.reshape(masked, b.batchSize(), b.t()), 1);
    }
}
