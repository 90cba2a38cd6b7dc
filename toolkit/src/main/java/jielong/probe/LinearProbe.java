package jielong.probe;

import java.util.Arrays;

/**
 * A linear probe (Alain and Bengio 2016): multinomial logistic regression that reads a property
 * (one of K classes) out of hidden-state vectors. Features are standardised with the training set's
 * mean and spread, then p(k | x) = softmax(W·x + b)_k is fitted by minimising the mean cross-entropy
 * plus (λ/2)·‖W‖² with Nesterov's accelerated gradient descent, its step 1/L from the loss's
 * curvature bound L; the same data always gives the same probe.
 */
public final class LinearProbe {
    /** How hard to fit: the L2 penalty λ on the weights (not the biases) and the number of gradient steps. */
    public record Options(double l2, int steps) {
        public Options {
            if (!(l2 >= 0) || Double.isInfinite(l2)) throw new IllegalArgumentException("the L2 penalty must be a finite number >= 0, got " + l2);
            if (steps < 1) throw new IllegalArgumentException("a probe needs at least 1 gradient step, got " + steps);
        }

        /** λ = 10⁻³, 300 steps. */
        public static Options defaults() {
            return new Options(1e-3, 300);
        }
    }

    private final int classes, dim;
    private final double[] mean, scale;
    private final double[] w; // [classes][dim + 1], the last column the bias, on standardised features

    private LinearProbe(int classes, double[] mean, double[] scale, double[] w) {
        this.classes = classes;
        this.dim = mean.length;
        this.mean = mean;
        this.scale = scale;
        this.w = w;
    }

    /** Fits a probe to rows x (N vectors of D numbers) with labels y in [0, classes). */
    public static LinearProbe fit(float[][] x, int[] y, int classes, Options options) {
        check(x, y, classes);
        int n = x.length, d = x[0].length;
        double[] mean = new double[d], scale = new double[d];
        for (float[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        for (float[] row : x) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(scale[j] / n);
            scale[j] = sd > 1e-12 ? 1 / sd : 0; // a constant feature carries nothing: weight it 0
        }
        double[][] z = standardise(x, mean, scale);
        double step = 1 / curvature(z, options.l2());
        // Nesterov's method: a gradient step from a point that looks ahead along the last move.
        double[] w = new double[classes * (d + 1)], previous = w.clone(), ahead = new double[w.length], grad = new double[w.length];
        for (int s = 1; s <= options.steps(); s++) {
            double momentum = (s - 1.0) / (s + 2.0);
            for (int i = 0; i < w.length; i++) ahead[i] = w[i] + momentum * (w[i] - previous[i]);
            lossAndGradient(z, y, classes, options.l2(), ahead, grad);
            System.arraycopy(w, 0, previous, 0, w.length);
            for (int i = 0; i < w.length; i++) w[i] = ahead[i] - step * grad[i];
        }
        return new LinearProbe(classes, mean, scale, w);
    }

    /** The most likely class of each row. */
    public int[] predict(float[][] x) {
        checkWidth(x);
        double[][] z = standardise(x, mean, scale);
        int[] out = new int[z.length];
        double[] logits = new double[classes];
        for (int r = 0; r < z.length; r++) {
            logits(w, z[r], classes, logits);
            int best = 0;
            for (int k = 1; k < classes; k++) if (logits[k] > logits[best]) best = k;
            out[r] = best;
        }
        return out;
    }

    /** Class probabilities of each row, [N][classes]. */
    public double[][] probabilities(float[][] x) {
        checkWidth(x);
        double[][] z = standardise(x, mean, scale), out = new double[z.length][classes];
        for (int r = 0; r < z.length; r++) {
            logits(w, z[r], classes, out[r]);
            softmaxInPlace(out[r]);
        }
        return out;
    }

    /** Share of rows whose most likely class is their label, 0 to 1. */
    public double accuracy(float[][] x, int[] y) {
        check(x, y, classes);
        int[] p = predict(x);
        int right = 0;
        for (int i = 0; i < p.length; i++) if (p[i] == y[i]) right++;
        return (double) right / p.length;
    }

    /**
     * The direction in the original feature space along which class k's logit grows: its weights
     * divided by each feature's spread. For two classes, direction(1) − direction(0) is the normal
     * of the boundary between them.
     */
    public double[] direction(int k) {
        if (k < 0 || k >= classes) throw new IllegalArgumentException("class " + k + " is outside [0, " + classes + ")");
        double[] out = new double[dim];
        for (int j = 0; j < dim; j++) out[j] = w[k * (dim + 1) + j] * scale[j];
        return out;
    }

    /** The number of classes K. */
    public int classes() {
        return classes;
    }

    /**
     * The objective at parameters w ([classes][D + 1] laid out flat, bias last) on standardised rows z:
     * mean cross-entropy in nats plus (λ/2)·‖W‖²; its gradient goes into grad.
     */
    static double lossAndGradient(double[][] z, int[] y, int classes, double l2, double[] w, double[] grad) {
        int n = z.length, d = z[0].length, stride = d + 1;
        Arrays.fill(grad, 0);
        double loss = 0;
        double[] p = new double[classes];
        for (int r = 0; r < n; r++) {
            logits(w, z[r], classes, p);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : p) max = Math.max(max, v);
            double sum = 0;
            for (int k = 0; k < classes; k++) sum += Math.exp(p[k] - max);
            loss += Math.log(sum) + max - p[y[r]];
            for (int k = 0; k < classes; k++) {
                double g = (Math.exp(p[k] - max) / sum - (k == y[r] ? 1 : 0)) / n; // ∂CE/∂logit_k = p_k − [k = y]
                int o = k * stride;
                for (int j = 0; j < d; j++) grad[o + j] += g * z[r][j];
                grad[o + d] += g;
            }
        }
        loss /= n;
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < d; j++) {
                double v = w[k * stride + j];
                loss += 0.5 * l2 * v * v;
                grad[k * stride + j] += l2 * v;
            }
        }
        return loss;
    }

    /** The rows standardised: (x − mean)·scale, feature by feature. */
    static double[][] standardise(float[][] x, double[] mean, double[] scale) {
        double[][] z = new double[x.length][mean.length];
        for (int r = 0; r < x.length; r++) for (int j = 0; j < mean.length; j++) z[r][j] = (x[r][j] - mean[j]) * scale[j];
        return z;
    }

    /**
     * A bound on the objective's curvature: the softmax cross-entropy's Hessian is at most ½·(the
     * largest eigenvalue of the rows' second moment, a column of ones included), found by power
     * iteration and padded by 10%, plus λ.
     */
    private static double curvature(double[][] z, double l2) {
        int d = z[0].length + 1;
        double[] v = new double[d], mv = new double[d];
        Arrays.fill(v, 1 / Math.sqrt(d));
        double lambda = 1;
        for (int it = 0; it < 30; it++) {
            Arrays.fill(mv, 0);
            for (double[] row : z) {
                double dot = v[d - 1];
                for (int j = 0; j < d - 1; j++) dot += row[j] * v[j];
                for (int j = 0; j < d - 1; j++) mv[j] += dot * row[j];
                mv[d - 1] += dot;
            }
            double norm = 0;
            for (int j = 0; j < d; j++) norm += mv[j] * mv[j];
            norm = Math.sqrt(norm);
            if (norm == 0) break;
            lambda = norm / z.length;
            for (int j = 0; j < d; j++) v[j] = mv[j] / norm;
        }
        return 0.5 * lambda * 1.1 + l2;
    }

    private static void logits(double[] w, double[] z, int classes, double[] out) {
        int d = z.length, stride = d + 1;
        for (int k = 0; k < classes; k++) {
            double s = w[k * stride + d];
            for (int j = 0; j < d; j++) s += w[k * stride + j] * z[j];
            out[k] = s;
        }
    }

    private static void softmaxInPlace(double[] a) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (double v : a) max = Math.max(max, v);
        for (int k = 0; k < a.length; k++) sum += a[k] = Math.exp(a[k] - max);
        for (int k = 0; k < a.length; k++) a[k] /= sum;
    }

    private static void check(float[][] x, int[] y, int classes) {
        if (classes < 2) throw new IllegalArgumentException("a probe needs at least 2 classes, got " + classes);
        if (x.length == 0) throw new IllegalArgumentException("no rows to fit the probe to");
        if (x.length != y.length) throw new IllegalArgumentException(x.length + " rows but " + y.length + " labels: give one label per row");
        int d = x[0].length;
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != d) throw new IllegalArgumentException("row " + r + " has " + x[r].length + " features, row 0 has " + d);
            if (y[r] < 0 || y[r] >= classes) throw new IllegalArgumentException("label " + y[r] + " of row " + r + " is outside [0, " + classes + ")");
            for (float v : x[r]) if (!Float.isFinite(v)) throw new IllegalArgumentException("row " + r + " holds " + v + ": a probe needs finite features");
        }
    }

    private void checkWidth(float[][] x) {
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != dim) throw new IllegalArgumentException("row " + r + " has " + x[r].length + " features; the probe was fitted to " + dim);
        }
    }
}
