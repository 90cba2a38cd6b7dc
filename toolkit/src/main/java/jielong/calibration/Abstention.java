package jielong.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Answering only when confident: with a threshold τ the model answers the questions where its
 * confidence is at least τ and says "I don't know" to the rest. Coverage is the share answered,
 * accuracy the share of those that are right; raising τ trades coverage for accuracy.
 *
 * @param threshold the confidence τ (a probability); answers need confidence ≥ τ
 * @param answered  questions answered
 * @param coverage  answered / all questions
 * @param accuracy  right / answered (NaN when none is answered)
 */
public record Abstention(double threshold, int answered, double coverage, double accuracy) {

    /** The point of every distinct confidence used as the threshold, from the highest (least coverage) down. */
    public static List<Abstention> curve(double[] confidence, boolean[] correct) {
        Reliability.check(confidence, correct);
        Integer[] order = byConfidenceDescending(confidence);
        List<Abstention> points = new ArrayList<>();
        int right = 0;
        for (int k = 0; k < order.length; k++) {
            if (correct[order[k]]) right++;
            // Ties go together: a threshold cannot answer one of two equally confident questions.
            if (k + 1 < order.length && confidence[order[k + 1]] == confidence[order[k]]) continue;
            points.add(new Abstention(confidence[order[k]], k + 1, (k + 1.0) / order.length, (double) right / (k + 1)));
        }
        return points;
    }

    /** Coverage and accuracy at one threshold τ. */
    public static Abstention at(double[] confidence, boolean[] correct, double threshold) {
        Reliability.check(confidence, correct);
        int answered = 0, right = 0;
        for (int i = 0; i < confidence.length; i++) {
            if (confidence[i] >= threshold) {
                answered++;
                if (correct[i]) right++;
            }
        }
        return new Abstention(threshold, answered, (double) answered / confidence.length,
                answered == 0 ? Double.NaN : (double) right / answered);
    }

    /**
     * The lowest threshold (the most coverage) at which the answered questions reach
     * {@code targetAccuracy}; {@link Double#POSITIVE_INFINITY} (answer nothing) when no threshold does.
     */
    public static double thresholdFor(double[] confidence, boolean[] correct, double targetAccuracy) {
        if (!(targetAccuracy >= 0 && targetAccuracy <= 1)) {
            throw new IllegalArgumentException("target accuracy " + targetAccuracy + " is not a share between 0 and 1");
        }
        double best = Double.POSITIVE_INFINITY;
        for (Abstention p : curve(confidence, correct)) if (p.accuracy() >= targetAccuracy) best = p.threshold();
        return best;
    }

    private static Integer[] byConfidenceDescending(double[] confidence) {
        Integer[] order = new Integer[confidence.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -confidence[i]).thenComparingInt(i -> i));
        return order;
    }
}
