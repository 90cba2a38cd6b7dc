package jielong.train;

import java.util.LinkedHashMap;
import java.util.Map;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.Trainable;

/**
 * A reward model: a GPT reads a prompt and its completion and gives one number, the reward, read at
 * the completion's last token as the logit of a token kept for it (one row of the tied output head
 * is the linear reward head on the final hidden state). Trained with the {@link BradleyTerry} loss
 * on preference pairs, its rewards are log-odds of being preferred, in nats.
 */
public final class RewardModel implements Trainable {
    private final Gpt body;
    private final int rewardToken;

    /** A reward model on {@code body}, reading the logit of {@code rewardToken} (a token no text uses). */
    public RewardModel(Gpt body, int rewardToken) {
        if (rewardToken < 0 || rewardToken >= body.config.vocabSize()) {
            throw new IllegalArgumentException("the reward token " + rewardToken + " is outside the vocabulary [0, " + body.config.vocabSize() + ")");
        }
        this.body = body;
        this.rewardToken = rewardToken;
    }

    /** The GPT underneath. */
    public Gpt body() {
        return body;
    }

    @Override
    public Map<String, Tensor> parameters() {
        return new LinkedHashMap<>(body.parameters());
    }

    /** Rewards [B] of whole examples (prompt and completion), each read after its last token. */
    public Tensor rewards(Examples.Example... examples) {
        if (examples.length == 0) throw new IllegalArgumentException("give at least one example to score");
        int t = 1;
        for (Examples.Example e : examples) t = Math.max(t, e.tokens().length);
        if (t > body.config.blockSize()) {
            throw new IllegalArgumentException("an example of " + t + " tokens is longer than the reward model's context of "
                    + body.config.blockSize() + ": shorten it");
        }
        int[] idx = new int[examples.length * t], at = new int[idx.length];
        float[] last = new float[idx.length];
        java.util.Arrays.fill(at, rewardToken);
        for (int b = 0; b < examples.length; b++) {
            int[] tok = examples[b].tokens();
            System.arraycopy(tok, 0, idx, b * t, tok.length);
            last[b * t + tok.length - 1] = 1f; // padding after it is never read: attention is causal
        }
        Tensor perPosition = Ops.gather(body.forward(idx, t), at);
        return Ops.sum(Ops.reshape(Ops.mul(perPosition, Tensor.of(last, last.length)), examples.length, t), 1);
    }

    /** Rewards as numbers, without a gradient. */
    public float[] score(Examples.Example... examples) {
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            return rewards(examples).host().data.clone();
        }
    }

    /** The Bradley-Terry loss on comparisons: train with this objective to fit the preferences. */
    public Objective<Comparisons.Batch> bradleyTerry() {
        return (b, dropoutRng) -> BradleyTerry.loss(rewards(b.chosen()), rewards(b.rejected()));
    }

    /** Share of pairs ranked the right way round, 0 to 1. */
    public double accuracy(Comparisons.Batch pairs) {
        return BradleyTerry.accuracy(score(pairs.chosen()), score(pairs.rejected()));
    }
}
