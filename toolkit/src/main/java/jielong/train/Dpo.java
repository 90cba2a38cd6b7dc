package jielong.train;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;

/**
 * Direct preference optimisation (Rafailov et al. 2023): the reward model and the RL step folded
 * into one loss on preference pairs. The policy's implicit reward of a completion is
 * β·(log π(y | x) − log π_ref(y | x)), and the Bradley-Terry loss on those rewards,
 * −log σ(β·[(log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l))]) (their eq. 7), is
 * minimised by the same policy as RL with a KL penalty of weight β against that reward.
 */
public final class Dpo {
    private Dpo() {}

    /**
     * The mean DPO loss over pairs, nats: ln 2 while the policy equals its reference.
     *
     * @param chosen      log π(y_w | x) [n], summed over the chosen completion's tokens
     * @param rejected    log π(y_l | x) [n]
     * @param refChosen   log π_ref(y_w | x) [n] (a constant: the reference is frozen)
     * @param refRejected log π_ref(y_l | x) [n]
     * @param beta        the KL weight β (larger: stay nearer the reference)
     */
    public static Tensor loss(Tensor chosen, Tensor rejected, Tensor refChosen, Tensor refRejected, float beta) {
        if (!(beta > 0)) throw new IllegalArgumentException("DPO's beta must be positive, got " + beta);
        int n = chosen.size();
        if (rejected.size() != n || refChosen.size() != n || refRejected.size() != n) {
            throw new IllegalArgumentException("DPO needs one log-probability per pair from each of the four: got " + n + ", "
                    + rejected.size() + ", " + refChosen.size() + " and " + refRejected.size());
        }
        Tensor margin = Ops.sub(Ops.sub(chosen, refChosen), Ops.sub(rejected, refRejected));
        return Ops.scale(Ops.mean(Ops.logSigmoid(Ops.scale(margin, beta))), -1f);
    }

    /** The loss of one pair from its four log-probabilities, in doubles: −log σ(β·margin). */
    public static double loss(double chosen, double rejected, double refChosen, double refRejected, double beta) {
        double z = beta * ((chosen - refChosen) - (rejected - refRejected));
        return Math.log1p(Math.exp(-z));
    }

    /** DPO on comparisons for a GPT policy against a frozen reference GPT (no gradient reaches the reference). */
    public static Objective<Comparisons.Batch> objective(Gpt policy, Gpt reference, float beta) {
        return (b, dropoutRng) -> {
            Examples.Batch w = Examples.batch(b.chosen()), l = Examples.batch(b.rejected());
            Tensor refW, refL;
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                refW = NextTokenLoss.answerLogProb(reference, w, null);
                refL = NextTokenLoss.answerLogProb(reference, l, null);
            }
            return loss(NextTokenLoss.answerLogProb(policy, w, dropoutRng), NextTokenLoss.answerLogProb(policy, l, dropoutRng), refW, refL, beta);
        };
    }
}
