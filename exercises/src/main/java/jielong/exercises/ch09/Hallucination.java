package jielong.exercises.ch09;

/**
 * Exercises of notebook 09, hallucination: measure how well a model's confidence matches its
 * accuracy, estimate from counts how much a corpus has not shown, fit a temperature, and choose
 * when to say "I don't know".
 */
public final class Hallucination {
    private Hallucination() {}

    /**
     * Exercise 1: the expected calibration error of predictions with confidences {@code confidence[i]}
     * (probabilities) and outcomes {@code correct[i]}, in {@code bins} equal-width bins. Bin m holds
     * confidences in [m/bins, (m+1)/bins), and a confidence of exactly 1 goes into the last bin. ECE is
     * the sum over bins of (predictions in the bin / all predictions) · |accuracy in the bin − mean
     * confidence in the bin|; an empty bin adds nothing.
     */
    public static double expectedCalibrationError(double[] confidence, boolean[] correct, int bins) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 09, exercise 1");
    }

    /**
     * Exercise 2: the Good-Turing estimate of the probability that the next observation is something
     * never seen before. {@code counts[i]} is how many times thing i was seen (0 is allowed: never seen).
     * Return N₁ / N: the number of things seen exactly once over the number of observations in all.
     */
    public static double goodTuringMissingMass(int[] counts) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 09, exercise 2");
    }

    /**
     * Exercise 3: temperature scaling. {@code logits[i]} are a model's logits for question i and
     * {@code labels[i]} the index of the right answer. Return the temperature T between 0.02 and 50
     * that minimises the mean negative log-likelihood −log softmax(logits[i] / T)[labels[i]]
     * (a search over T works, since the loss has a single minimum in 1/T).
     */
    public static double fitTemperature(float[][] logits, int[] labels) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 09, exercise 3");
    }

    /**
     * Exercise 4: abstention. The model answers question i only when {@code confidence[i] ≥ τ}. Return
     * the lowest threshold τ, among the confidences themselves, at which the answered questions are right
     * at least {@code targetAccuracy} of the time (so that as many questions as possible are answered);
     * return {@code Double.POSITIVE_INFINITY} (answer nothing) when no threshold reaches the target.
     */
    public static double abstentionThreshold(double[] confidence, boolean[] correct, double targetAccuracy) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 09, exercise 4");
    }
}
