package jielong.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * A reliability diagram's numbers: predictions put into equal-width bins of confidence, and in each
 * bin the mean confidence beside the share that were right. A calibrated model's bins lie on the
 * diagonal; the expected calibration error (ECE, Guo et al. 2017) is the gap averaged over bins,
 * each weighted by its share of the predictions.
 *
 * <p>Bin m of M holds confidences in [m/M, (m+1)/M); the last bin also holds 1.
 *
 * @param bins  every bin, empty ones included, lowest confidence first
 * @param count predictions in all
 */
public record Reliability(List<Bin> bins, int count) {
    /**
     * One bin of confidence.
     *
     * @param lower          lowest confidence it holds (a probability)
     * @param upper          its upper edge (excluded, except 1 for the last bin)
     * @param count          predictions in it
     * @param meanConfidence their mean confidence (NaN when empty)
     * @param accuracy       the share of them that were right (NaN when empty)
     */
    public record Bin(double lower, double upper, int count, double meanConfidence, double accuracy) {
        /** |accuracy − confidence|, 0 for an empty bin. */
        public double gap() {
            return count == 0 ? 0 : Math.abs(accuracy - meanConfidence);
        }
    }

    public Reliability {
        bins = List.copyOf(bins);
    }

    /**
     * Bins {@code confidence[i]} (the probability the model gave its answer i) with whether answer i
     * was right, into {@code binCount} equal-width bins (Guo et al. use 10 to 15).
     */
    public static Reliability of(double[] confidence, boolean[] correct, int binCount) {
        check(confidence, correct);
        if (binCount < 1) throw new IllegalArgumentException("need at least 1 bin, got " + binCount);
        int[] n = new int[binCount], right = new int[binCount];
        double[] sum = new double[binCount];
        for (int i = 0; i < confidence.length; i++) {
            int b = bin(confidence[i], binCount);
            n[b]++;
            sum[b] += confidence[i];
            if (correct[i]) right[b]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < binCount; b++) {
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, n[b],
                    n[b] == 0 ? Double.NaN : sum[b] / n[b], n[b] == 0 ? Double.NaN : (double) right[b] / n[b]));
        }
        return new Reliability(bins, confidence.length);
    }

    /** The bin a confidence falls in: floor(c·M), with 1 in the last bin. */
    public static int bin(double confidence, int binCount) {
        return Math.min(binCount - 1, (int) Math.floor(confidence * binCount));
    }

    /** Expected calibration error: Σ over bins of (bin count / N)·|accuracy − mean confidence|, a probability. */
    public double ece() {
        double e = 0;
        for (Bin b : bins) e += (double) b.count() / count * b.gap();
        return e;
    }

    /** The largest gap of any non-empty bin (maximum calibration error, Guo et al.'s MCE). */
    public double mce() {
        return bins.stream().mapToDouble(Bin::gap).max().orElse(0);
    }

    /** Mean confidence over all predictions. */
    public double meanConfidence() {
        double s = 0;
        for (Bin b : bins) if (b.count() > 0) s += b.count() * b.meanConfidence();
        return s / count;
    }

    /** Share of all predictions that were right. */
    public double accuracy() {
        double s = 0;
        for (Bin b : bins) if (b.count() > 0) s += b.count() * b.accuracy();
        return s / count;
    }

    /** Confidences must be probabilities and pair up with the outcomes. */
    static void check(double[] confidence, boolean[] correct) {
        if (confidence.length != correct.length) {
            throw new IllegalArgumentException(confidence.length + " confidences but " + correct.length
                    + " outcomes: pass one outcome (right or wrong) per prediction");
        }
        if (confidence.length == 0) throw new IllegalArgumentException("no predictions to bin");
        for (int i = 0; i < confidence.length; i++) {
            if (!(confidence[i] >= 0 && confidence[i] <= 1)) {
                throw new IllegalArgumentException("confidence " + i + " is " + confidence[i]
                        + ": a confidence is a probability between 0 and 1 (the softmax of the answer, not a logit)");
            }
        }
    }
}
