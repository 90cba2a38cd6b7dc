package jielong.exercises.ch09;

import java.util.Arrays;
import java.util.Comparator;

/** Reference solutions of notebook 09's exercises. */
public final class Hallucination {
    private Hallucination() {}

    public static double expectedCalibrationError(double[] confidence, boolean[] correct, int bins) {
        int[] n = new int[bins], right = new int[bins];
        double[] sum = new double[bins];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(bins - 1, (int) Math.floor(confidence[i] * bins));
            n[b]++;
            sum[b] += confidence[i];
            if (correct[i]) right[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) ece += (double) n[b] / confidence.length * Math.abs((double) right[b] / n[b] - sum[b] / n[b]);
        }
        return ece;
    }

    public static double goodTuringMissingMass(int[] counts) {
        long total = 0, once = 0;
        for (int c : counts) {
            total += c;
            if (c == 1) once++;
        }
        return (double) once / total;
    }

    public static double fitTemperature(float[][] logits, int[] labels) {
        // Golden-section search on beta = 1/T, where the loss is convex.
        double phi = (Math.sqrt(5) - 1) / 2, lo = 1 / 50.0, hi = 1 / 0.02;
        for (int it = 0; it < 200; it++) {
            double a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
            if (nll(logits, labels, a) <= nll(logits, labels, b)) hi = b;
            else lo = a;
        }
        return 2 / (lo + hi);
    }

    private static double nll(float[][] logits, int[] labels, double beta) {
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (float z : logits[i]) max = Math.max(max, beta * z);
            for (float z : logits[i]) sum += Math.exp(beta * z - max);
            total += max + Math.log(sum) - beta * logits[i][labels[i]];
        }
        return total / logits.length;
    }

    public static double abstentionThreshold(double[] confidence, boolean[] correct, double targetAccuracy) {
        Integer[] order = new Integer[confidence.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> -confidence[i]));
        double best = Double.POSITIVE_INFINITY;
        int right = 0;
        for (int k = 0; k < order.length; k++) {
            if (correct[order[k]]) right++;
            boolean tieFollows = k + 1 < order.length && confidence[order[k + 1]] == confidence[order[k]];
            if (!tieFollows && (double) right / (k + 1) >= targetAccuracy) best = confidence[order[k]];
        }
        return best;
    }
}
