package jielong.fit;

import java.util.List;

/**
 * A power law with a floor, L(x) = E + A / x^alpha: loss against parameters, tokens or FLOPs. E is
 * the irreducible loss (the text's own entropy, which no model removes); A / x^alpha is the part
 * that more x keeps shrinking.
 *
 * @param e     irreducible loss E, nats per token
 * @param a     scale A, nats per token times x^alpha
 * @param alpha exponent: how fast the reducible part falls with x
 */
public record PowerLaw(double e, double a, double alpha) {

    /** The law's loss at x. */
    public double predict(double x) {
        return e + a * Math.pow(x, -alpha);
    }

    /**
     * The least-squares fit in log space, minimising Σ (log L(x_i) − log y_i)²: errors in log space
     * weigh a small and a large loss alike. E stays between 0 and the smallest y.
     */
    public static PowerLaw fit(double[] x, double[] y) {
        requireData(x, y, 3);
        double minY = Double.POSITIVE_INFINITY;
        for (double v : y) minY = Math.min(minY, v);
        double floorCap = minY;
        PowerLaw best = null;
        double bestError = Double.POSITIVE_INFINITY;
        // Several starts, each E a share of the smallest loss, with A and alpha from a line fit
        // of log(y − E) on log x: the surface has shallow valleys where E and alpha trade off.
        for (double share : new double[] {0, 0.25, 0.5, 0.75, 0.9, 0.97}) {
            double e0 = share * minY;
            PowerLaw start = line(x, y, e0);
            double[] p = NelderMead.minimise(q -> q[0] < 0 || q[0] >= floorCap ? Double.POSITIVE_INFINITY
                    : logSquaredError(new PowerLaw(q[0], Math.exp(q[1]), q[2]), x, y),
                    new double[] {e0, Math.log(start.a), start.alpha}, 0.1, 4000);
            PowerLaw law = new PowerLaw(p[0], Math.exp(p[1]), p[2]);
            double error = logSquaredError(law, x, y);
            if (error < bestError) {
                bestError = error;
                best = law;
            }
        }
        return best;
    }

    /** Kaplan et al.'s form without a floor, L = A / x^alpha: a straight line on log-log axes. */
    public static PowerLaw fitWithoutFloor(double[] x, double[] y) {
        requireData(x, y, 2);
        return line(x, y, 0);
    }

    /** Fits to resamples of the points (drawn with replacement), for {@link Bootstrap#interval}. */
    public static List<PowerLaw> bootstrap(double[] x, double[] y, int resamples, long seed) {
        return Bootstrap.refit(x.length, resamples, seed, idx -> fit(Bootstrap.pick(x, idx), Bootstrap.pick(y, idx)));
    }

    /** Mean squared error of log loss: how far, on average, the law is from the points in log space. */
    public static double logSquaredError(PowerLaw law, double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double r = Math.log(law.predict(x[i])) - Math.log(y[i]);
            s += r * r;
        }
        return s / x.length;
    }

    /** Floor E fixed; log(y − E) = log A − alpha·log x by ordinary least squares. */
    private static PowerLaw line(double[] x, double[] y, double e) {
        int n = x.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x[i]) / n;
            my += Math.log(Math.max(y[i] - e, 1e-12)) / n;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(Math.max(y[i] - e, 1e-12)) - my);
            sxx += dx * dx;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new PowerLaw(e, Math.exp(my - slope * mx), -slope);
    }

    private static void requireData(double[] x, double[] y, int least) {
        if (x.length != y.length) throw new IllegalArgumentException(x.length + " x values but " + y.length + " losses");
        if (x.length < least) {
            throw new IllegalArgumentException("a power law needs at least " + least + " points, got " + x.length
                    + ": add runs to the sweep");
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0) || !(y[i] > 0)) {
                throw new IllegalArgumentException("point " + i + " is (" + x[i] + ", " + y[i] + "): both must be positive");
            }
        }
    }

    @Override
    public String toString() {
        return String.format("L(x) = %.3f + %.4g / x^%.3f", e, a, alpha);
    }
}
