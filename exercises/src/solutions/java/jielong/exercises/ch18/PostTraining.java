package jielong.exercises.ch18;

/** Reference solutions of notebook 18's exercises. */
public final class PostTraining {
    private PostTraining() {}

    public static double bradleyTerryLoss(double[] chosen, double[] rejected) {
        double sum = 0;
        for (int i = 0; i < chosen.length; i++) sum += softplus(-(chosen[i] - rejected[i]));
        return sum / chosen.length;
    }

    public static double dpoLoss(double logPiChosen, double logPiRejected, double logRefChosen, double logRefRejected, double beta) {
        return softplus(-beta * ((logPiChosen - logRefChosen) - (logPiRejected - logRefRejected)));
    }

    public static double penalisedReward(double reward, double[] logPi, double[] logRef, double beta) {
        double logRatio = 0;
        for (int t = 0; t < logPi.length; t++) logRatio += logPi[t] - logRef[t];
        return reward - beta * logRatio;
    }

    public static double[] optimalPolicy(double[] reference, double[] reward, double beta) {
        double[] logits = new double[reference.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) max = Math.max(max, logits[i] = Math.log(reference[i]) + reward[i] / beta);
        double z = 0;
        for (int i = 0; i < logits.length; i++) z += logits[i] = Math.exp(logits[i] - max);
        for (int i = 0; i < logits.length; i++) logits[i] /= z;
        return logits;
    }

    /** log(1 + e^x) without overflow. */
    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
