package jielong.exercises.ch09;

/** The only place where chapter 09's graded tests meet the learner's code (inputs are copied). */
final class Ch09 {
    private Ch09() {}

    static double expectedCalibrationError(double[] confidence, boolean[] correct, int bins) {
        return Hallucination.expectedCalibrationError(confidence.clone(), correct.clone(), bins);
    }

    static double goodTuringMissingMass(int[] counts) {
        return Hallucination.goodTuringMissingMass(counts.clone());
    }

    static double fitTemperature(float[][] logits, int[] labels) {
        float[][] copy = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) copy[i] = logits[i].clone();
        return Hallucination.fitTemperature(copy, labels.clone());
    }

    static double abstentionThreshold(double[] confidence, boolean[] correct, double targetAccuracy) {
        return Hallucination.abstentionThreshold(confidence.clone(), correct.clone(), targetAccuracy);
    }
}
