package jielong.train;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * REINFORCE (Williams 1992) with a KL penalty, the objective of RL from human feedback (Ziegler et
 * al. 2019, Ouyang et al. 2022): maximise E_π[r(y)] − β·KL(π ‖ π_ref). For a sampled completion y,
 * log π(y) − log π_ref(y) is an unbiased estimate of the KL, so the penalty can be folded into the
 * reward, R = r − β·(log π(y) − log π_ref(y)), and the gradient is E[(R − b)·∇log π(y)] with a
 * baseline b that lowers the variance without moving the mean. The optimum of the objective is known
 * in closed form: π*(y) ∝ π_ref(y)·exp(r(y)/β).
 */
public final class PolicyGradient {
    private PolicyGradient() {}

    /**
     * Sampled completions and what each one earned relative to its baseline.
     *
     * @param completions the prompts with the completions sampled from the policy (answer mask on the completion)
     * @param advantages  R − b per completion, a constant for the gradient
     */
    public record Rollouts(Examples.Batch completions, float[] advantages) {
        public Rollouts {
            if (advantages.length != completions.batchSize()) {
                throw new IllegalArgumentException(completions.batchSize() + " completions but " + advantages.length + " advantages");
            }
        }
    }

    /** R = r − β·(log π(y) − log π_ref(y)) per completion: the reward less the penalty for straying, nats. */
    public static float[] penalisedRewards(float[] rewards, float[] logProb, float[] refLogProb, float beta) {
        if (rewards.length != logProb.length || rewards.length != refLogProb.length) {
            throw new IllegalArgumentException("need one reward and two log-probabilities per completion, got " + rewards.length
                    + ", " + logProb.length + " and " + refLogProb.length);
        }
        if (!(beta >= 0)) throw new IllegalArgumentException("the KL weight beta must be 0 or more, got " + beta);
        float[] out = new float[rewards.length];
        for (int i = 0; i < out.length; i++) out[i] = rewards[i] - beta * (logProb[i] - refLogProb[i]);
        return out;
    }

    /**
     * R minus a leave-one-out baseline: the completions come in groups of {@code groupSize} for the
     * same prompt, and each is compared with the mean of the others in its group (Kool et al. 2019),
     * which does not depend on its own sample and so leaves the gradient unbiased.
     */
    public static float[] advantages(float[] returns, int groupSize) {
        if (groupSize < 2 || returns.length % groupSize != 0) {
            throw new IllegalArgumentException("a leave-one-out baseline needs groups of 2 or more that divide the " + returns.length
                    + " completions, got groups of " + groupSize);
        }
        float[] out = new float[returns.length];
        for (int g = 0; g < returns.length; g += groupSize) {
            double sum = 0;
            for (int i = g; i < g + groupSize; i++) sum += returns[i];
            for (int i = g; i < g + groupSize; i++) out[i] = (float) (returns[i] - (sum - returns[i]) / (groupSize - 1));
        }
        return out;
    }

    /** −mean(A·log π(y | x)): its gradient is the REINFORCE estimate of −∇(E[r] − β·KL). */
    public static Tensor loss(Tensor logProb, float[] advantages) {
        if (logProb.size() != advantages.length) {
            throw new IllegalArgumentException(logProb.size() + " log-probabilities but " + advantages.length + " advantages");
        }
        for (float a : advantages) {
            if (!Float.isFinite(a)) throw new IllegalArgumentException("an advantage is " + a + ": check the rewards and log-probabilities");
        }
        return Ops.scale(Ops.mean(Ops.mul(logProb, Tensor.of(advantages.clone(), advantages.length))), -1f);
    }

    /** The loss for rollouts of a GPT policy: log π of each sampled completion, weighted by its advantage. */
    public static Objective<Rollouts> objective(NextTokenLoss.Logits policy) {
        return (b, dropoutRng) -> loss(logProbs(policy, b.completions()), b.advantages());
    }

    /** Each example's summed log-probability of its answer tokens under any language model, nats [B]. */
    public static Tensor logProbs(NextTokenLoss.Logits model, Examples.Batch b) {
        Tensor perToken = Ops.gather(Ops.logSoftmax(model.forward(b.x(), b.t())), b.y());
        Tensor masked = Ops.mul(perToken, Tensor.of(b.weights().clone(), b.weights().length));
        return Ops.sum(Ops.reshape(masked, b.batchSize(), b.t()), 1);
    }
}
