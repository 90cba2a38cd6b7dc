package jielong.train;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * The Bradley-Terry model of a preference (Bradley and Terry 1952), as reward models use it
 * (Christiano et al. 2017, Ouyang et al. 2022): the chance that a judge prefers completion w to
 * completion l is σ(r(w) − r(l)), so a reward model is trained by maximising the log-likelihood of
 * the preferences it is shown. Rewards are in nats of log-odds; only their differences matter.
 */
public final class BradleyTerry {
    private BradleyTerry() {}

    /**
     * −mean log σ(r_w − r_l) over the pairs, nats per pair: ln 2 when the rewards cannot tell the
     * two apart, 0 when every chosen reward is far above its rejected one.
     *
     * @param chosen   rewards [n] of the preferred completions
     * @param rejected rewards [n] of the other completions, pair by pair
     */
    public static Tensor loss(Tensor chosen, Tensor rejected) {
        if (chosen.size() != rejected.size() || chosen.size() == 0) {
            throw new IllegalArgumentException("the Bradley-Terry loss needs as many chosen as rejected rewards (at least one), got "
                    + chosen.size() + " and " + rejected.size());
        }
        return Ops.scale(Ops.mean(Ops.logSigmoid(Ops.sub(chosen, rejected))), -1f);
    }

    /** P(w preferred to l) = σ(r_w − r_l) = 1 / (1 + e^−(r_w − r_l)). */
    public static double probability(double chosen, double rejected) {
        return 1 / (1 + Math.exp(-(chosen - rejected)));
    }

    /** The share of pairs whose chosen completion gets the higher reward (a tie counts half), 0 to 1. */
    public static double accuracy(float[] chosen, float[] rejected) {
        if (chosen.length != rejected.length || chosen.length == 0) {
            throw new IllegalArgumentException("pairwise accuracy needs as many chosen as rejected rewards (at least one), got "
                    + chosen.length + " and " + rejected.length);
        }
        double right = 0;
        for (int i = 0; i < chosen.length; i++) right += chosen[i] > rejected[i] ? 1 : chosen[i] == rejected[i] ? 0.5 : 0;
        return right / chosen.length;
    }
}
