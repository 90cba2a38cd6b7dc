package jielong.calibration;

/**
 * Temperature scaling (Guo et al. 2017): divide every logit by one number T before the softmax and
 * choose T to minimise the negative log-likelihood of held-out answers. T > 1 softens an
 * overconfident model, T < 1 sharpens an underconfident one; the most likely answer never changes,
 * so accuracy stays the same and only the confidences move.
 */
public final class TemperatureScaling {
    /** The range searched: temperatures from 1/50 to 50. */
    public static final double MIN_T = 0.02, MAX_T = 50;

    private TemperatureScaling() {}

    /** softmax(logits / T), probabilities. */
    public static double[] softmax(float[] logits, double temperature) {
        checkTemperature(temperature);
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) max = Math.max(max, z / temperature);
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) sum += p[i] = Math.exp(logits[i] / temperature - max);
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return p;
    }

    /** Mean negative log-likelihood of the labels under softmax(logits / T), nats per prediction. */
    public static double nll(float[][] logits, int[] labels, double temperature) {
        check(logits, labels);
        checkTemperature(temperature);
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (float z : logits[i]) max = Math.max(max, z / temperature);
            double sum = 0;
            for (float z : logits[i]) sum += Math.exp(z / temperature - max);
            total += max + Math.log(sum) - logits[i][labels[i]] / temperature;
        }
        return total / logits.length;
    }

    /**
     * The temperature in [{@link #MIN_T}, {@link #MAX_T}] that minimises {@link #nll}. The NLL is
     * convex in 1/T (a log-sum-exp minus a linear term), so a golden-section search on 1/T finds it.
     */
    public static double fit(float[][] logits, int[] labels) {
        check(logits, labels);
        double phi = (Math.sqrt(5) - 1) / 2;
        double lo = 1 / MAX_T, hi = 1 / MIN_T;
        double a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
        double fa = nll(logits, labels, 1 / a), fb = nll(logits, labels, 1 / b);
        for (int it = 0; it < 200 && hi - lo > 1e-10 * (1 + hi); it++) {
            if (fa <= fb) {
                hi = b; b = a; fb = fa;
                a = hi - phi * (hi - lo);
                fa = nll(logits, labels, 1 / a);
            } else {
                lo = a; a = b; fa = fb;
                b = lo + phi * (hi - lo);
                fb = nll(logits, labels, 1 / b);
            }
        }
        return 1 / ((lo + hi) / 2);
    }

    private static void check(float[][] logits, int[] labels) {
        if (logits.length != labels.length) {
            throw new IllegalArgumentException(logits.length + " rows of logits but " + labels.length
                    + " labels: pass one right answer per prediction");
        }
        if (logits.length == 0) throw new IllegalArgumentException("no predictions to fit a temperature to");
        for (int i = 0; i < logits.length; i++) {
            if (labels[i] < 0 || labels[i] >= logits[i].length) {
                throw new IllegalArgumentException("label " + i + " is " + labels[i] + " but row " + i + " has "
                        + logits[i].length + " logits: a label is the index of the right answer");
            }
            for (float z : logits[i]) {
                if (!Float.isFinite(z)) throw new IllegalArgumentException("row " + i + " has a logit " + z + ": logits must be finite numbers");
            }
        }
    }

    private static void checkTemperature(double t) {
        if (!(t > 0) || Double.isInfinite(t)) throw new IllegalArgumentException("temperature " + t + " must be a positive number");
    }
}
