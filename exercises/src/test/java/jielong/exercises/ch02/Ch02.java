package jielong.exercises.ch02;

/** The only place where chapter 02's graded tests meet the learner's code (inputs are copied). */
final class Ch02 {
    private Ch02() {}

    static int greedy(float[] logits) {
        return WordChain.greedy(logits.clone());
    }

    static double[] withTemperature(float[] logits, double temperature) {
        return WordChain.withTemperature(logits.clone(), temperature);
    }

    static double[] topK(double[] probabilities, int k) {
        return WordChain.topK(probabilities.clone(), k);
    }

    static double[] topP(double[] probabilities, double p) {
        return WordChain.topP(probabilities.clone(), p);
    }
}
