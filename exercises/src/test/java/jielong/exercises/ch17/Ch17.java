package jielong.exercises.ch17;

import java.util.List;

/** The only place where chapter 17's graded tests meet the learner's code (inputs are copied). */
final class Ch17 {
    private Ch17() {}

    static List<String> tripSteps(int[] speeds, int[] minutes) {
        return ChainOfThought.tripSteps(speeds.clone(), minutes.clone());
    }

    static List<String> scratchpad(String a, String b) {
        return ChainOfThought.scratchpad(a, b);
    }

    static double answerLoss(float[][] logits, int[] tokens, int answerStart) {
        float[][] copy = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) copy[i] = logits[i].clone();
        return ChainOfThought.answerLoss(copy, tokens.clone(), answerStart);
    }

    static float[] packedWeights(int[] lengths, int[] answerStarts) {
        return ChainOfThought.packedWeights(lengths.clone(), answerStarts.clone());
    }
}
