package jielong.exercises.ch04;

/** The only place where chapter 04's graded tests meet the learner's code (inputs are copied). */
final class Ch04 {
    private Ch04() {}

    static double crossEntropy(float[][] logits, int[] targets) {
        float[][] copy = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) copy[i] = logits[i].clone();
        return TrainingStep.crossEntropy(copy, targets.clone());
    }

    static double learningRate(int step, double maxLr, double minLr, int warmup, int total) {
        return TrainingStep.learningRate(step, maxLr, minLr, warmup, total);
    }

    /** The parameters after the update; m and v are the caller's, updated in place as in the real optimiser. */
    static float[] adamW(float[] w, float[] grad, float[] m, float[] v, int t,
                         double lr, double beta1, double beta2, double eps, double weightDecay) {
        float[] updated = w.clone();
        TrainingStep.adamW(updated, grad.clone(), m, v, t, lr, beta1, beta2, eps, weightDecay);
        return updated;
    }
}
