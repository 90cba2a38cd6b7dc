package jielong.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The loss of a model of N parameters trained on D tokens, as Hoffmann et al. 2022 model it:
 * L(N, D) = E + A / N^alpha + B / D^beta. One term for the model's limited size, one for the
 * limited data, and the floor E. Fitted, it tells how to split a compute budget between N and D.
 *
 * @param e     irreducible loss E, nats per token
 * @param a     A, the size term's scale
 * @param b     B, the data term's scale
 * @param alpha how fast loss falls with parameters
 * @param beta  how fast loss falls with tokens
 */
public record ChinchillaLaw(double e, double a, double b, double alpha, double beta) {

    /** Hoffmann et al.'s own fit (approach 3): E 1.69, A 406.4, B 410.7, alpha 0.34, beta 0.28. */
    public static final ChinchillaLaw HOFFMANN_2022 = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);

    /** Hoffmann et al.'s Huber threshold on log loss: residuals beyond it count linearly, not squared. */
    public static final double HUBER_DELTA = 1e-3;

    /** The law's loss for N parameters and D tokens. */
    public double predict(double n, double d) {
        return e + a * Math.pow(n, -alpha) + b * Math.pow(d, -beta);
    }

    /**
     * Fits the law as Hoffmann et al. did: minimise Σ Huber(log L̂(N_i, D_i) − log L_i) over
     * log E, log A, log B, alpha, beta, from a grid of starting points, keeping the best.
     */
    public static ChinchillaLaw fit(double[] n, double[] d, double[] loss) {
        requireData(n, d, loss);
        // Score every start of a coarse grid (as the paper did), then polish the best few.
        List<double[]> starts = new ArrayList<>();
        for (double alpha0 : new double[] {0.1, 0.3, 0.6, 1.0, 1.5}) {
            for (double beta0 : new double[] {0.1, 0.3, 0.6, 1.0, 1.5}) {
                for (double e0 : new double[] {-1, -0.5, 0, 0.5, 1, 1.5}) {
                    for (double a0 : new double[] {0, 5, 10, 15, 20}) {
                        for (double b0 : new double[] {0, 5, 10, 15, 20}) starts.add(new double[] {e0, a0, b0, alpha0, beta0});
                    }
                }
            }
        }
        starts.sort(Comparator.comparingDouble(p -> objective(p, n, d, loss)));
        ChinchillaLaw best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (double[] start : starts.subList(0, Math.min(8, starts.size()))) {
            double[] p = polish(start, n, d, loss);
            double v = objective(p, n, d, loss);
            if (v < bestValue) {
                bestValue = v;
                best = fromLogs(p);
            }
        }
        return best;
    }

    /** Fits to resamples of the runs, each polished from this whole-data fit (quicker than the grid). */
    public static List<ChinchillaLaw> bootstrap(double[] n, double[] d, double[] loss, int resamples, long seed) {
        ChinchillaLaw whole = fit(n, d, loss);
        double[] start = whole.logs();
        return Bootstrap.refit(n.length, resamples, seed, idx -> {
            double[] bn = Bootstrap.pick(n, idx), bd = Bootstrap.pick(d, idx), bl = Bootstrap.pick(loss, idx);
            return fromLogs(polish(start, bn, bd, bl));
        });
    }

    /**
     * The best split of a budget of C FLOPs, taking C = 6·N·D: the N that minimises L(N, C / 6N).
     * Setting the derivative to zero gives N = G·(C/6)^(beta/(alpha+beta)) with
     * G = (alpha·A / (beta·B))^(1/(alpha+beta)) (Hoffmann et al. 2022, eq. 4).
     */
    public ComputeOptimal computeOptimal(double flops) {
        double g = Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
        double n = g * Math.pow(flops / 6, beta / (alpha + beta));
        double d = flops / (6 * n);
        return new ComputeOptimal(flops, n, d, predict(n, d));
    }

    /** Median of |log L̂ − log L| over the points: a typical relative error of the fit. */
    public double medianLogError(double[] n, double[] d, double[] loss) {
        double[] r = new double[n.length];
        for (int i = 0; i < n.length; i++) r[i] = Math.abs(Math.log(predict(n[i], d[i])) - Math.log(loss[i]));
        java.util.Arrays.sort(r);
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }

    /** The law as the optimiser sees it: log E, log A, log B, alpha, beta. */
    double[] logs() {
        return new double[] {Math.log(e), Math.log(a), Math.log(b), alpha, beta};
    }

    private static ChinchillaLaw fromLogs(double[] p) {
        return new ChinchillaLaw(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), p[3], p[4]);
    }

    private static double[] polish(double[] start, double[] n, double[] d, double[] loss) {
        double[] p = start;
        // Restarting Nelder-Mead from where it stopped gets it out of a collapsed simplex.
        for (int round = 0; round < 3; round++) p = NelderMead.minimise(q -> objective(q, n, d, loss), p, 0.5, 3000);
        return p;
    }

    /** Σ Huber(log L̂ − log L), with log L̂ = logsumexp(log A − alpha·log N, log B − beta·log D, log E). */
    static double objective(double[] p, double[] n, double[] d, double[] loss) {
        if (p[3] < 0 || p[4] < 0) return Double.POSITIVE_INFINITY; // a law where more makes worse is no law
        double s = 0;
        for (int i = 0; i < n.length; i++) {
            double x = p[1] - p[3] * Math.log(n[i]);
            double y = p[2] - p[4] * Math.log(d[i]);
            double z = p[0];
            double m = Math.max(x, Math.max(y, z));
            double logPredicted = m + Math.log(Math.exp(x - m) + Math.exp(y - m) + Math.exp(z - m));
            s += huber(logPredicted - Math.log(loss[i]), HUBER_DELTA);
        }
        return s;
    }

    static double huber(double r, double delta) {
        double abs = Math.abs(r);
        return abs <= delta ? 0.5 * r * r : delta * (abs - 0.5 * delta);
    }

    private static void requireData(double[] n, double[] d, double[] loss) {
        if (n.length != d.length || n.length != loss.length) {
            throw new IllegalArgumentException("N, D and loss differ in length: " + n.length + ", " + d.length + ", " + loss.length);
        }
        if (n.length < 5) throw new IllegalArgumentException("the law has 5 numbers to fit; give it more than 5 runs, got " + n.length);
    }

    @Override
    public String toString() {
        return String.format("L(N, D) = %.3f + %.4g / N^%.3f + %.4g / D^%.3f", e, a, alpha, b, beta);
    }
}
