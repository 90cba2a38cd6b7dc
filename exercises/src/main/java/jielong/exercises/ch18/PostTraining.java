package jielong.exercises.ch18;

/**
 * Exercises of notebook 18, post-training: the Bradley-Terry loss of a reward model, the DPO loss
 * of one preference pair, the KL-penalised reward RL maximises, and the policy that maximises it.
 */
public final class PostTraining {
    private PostTraining() {}

    /**
     * Exercise 1: the Bradley-Terry loss of a reward model on n preference pairs: the mean over pairs
     * of −log σ(chosen[i] − rejected[i]), in nats, where σ(z) = 1 / (1 + e^−z). Keep it finite
     * when a margin is large in either direction (−log σ(z) = log(1 + e^−z) = softplus(−z)).
     */
    public static double bradleyTerryLoss(double[] chosen, double[] rejected) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 18, exercise 1");
    }

    /**
     * Exercise 2: the DPO loss of one pair (Rafailov et al. 2023, eq. 7):
     * −log σ(β·[(logPiChosen − logRefChosen) − (logPiRejected − logRefRejected)]), from the
     * log-probabilities (nats) of the chosen and rejected completions under the policy and the frozen reference.
     */
    public static double dpoLoss(double logPiChosen, double logPiRejected, double logRefChosen, double logRefRejected, double beta) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 18, exercise 2");
    }

    /**
     * Exercise 3: the reward RL with a KL penalty gives one sampled response: the reward model's
     * {@code reward} minus β times the response's log-ratio to the reference,
     * r − β·Σ_t (logPi[t] − logRef[t]), where logPi[t] and logRef[t] are the log-probabilities of
     * the response's t-th token under the policy and the reference.
     */
    public static double penalisedReward(double reward, double[] logPi, double[] logRef, double beta) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 18, exercise 3");
    }

    /**
     * Exercise 4: the policy that maximises E_π[r] − β·KL(π ‖ π_ref) over a finite set of responses:
     * π*(y) = π_ref(y)·exp(r(y)/β) / Z. Return the probabilities (summing to 1); keep them finite for
     * a small β (work with logarithms and subtract the largest before exponentiating).
     */
    public static double[] optimalPolicy(double[] reference, double[] reward, double beta) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 18, exercise 4");
    }
}
