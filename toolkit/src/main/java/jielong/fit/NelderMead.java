package jielong.fit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Minimises a function of a few variables without derivatives (Nelder and Mead 1965): a simplex of
 * n + 1 points reflects, expands, contracts and shrinks until its values agree. Enough for the
 * three to five parameters of a scaling law, and short enough to read.
 */
final class NelderMead {
    private NelderMead() {}

    /** The point found from {@code start}, first steps of size {@code step} along each axis. */
    static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxIterations) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += step;
        }
        for (int i = 0; i <= n; i++) values[i] = value(f, simplex[i]);

        for (int it = 0; it < maxIterations; it++) {
            sort(simplex, values);
            if (Math.abs(values[n] - values[0]) <= 1e-12 * (Math.abs(values[0]) + 1e-20) + 1e-15) break;
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;

            double[] reflected = along(centroid, simplex[n], -1.0);
            double fr = value(f, reflected);
            if (fr < values[0]) {
                double[] expanded = along(centroid, simplex[n], -2.0);
                double fe = value(f, expanded);
                replaceWorst(simplex, values, fe < fr ? expanded : reflected, Math.min(fe, fr));
            } else if (fr < values[n - 1]) {
                replaceWorst(simplex, values, reflected, fr);
            } else {
                // Contract towards the better of the worst point and its reflection.
                boolean outside = fr < values[n];
                double[] contracted = along(centroid, simplex[n], outside ? -0.5 : 0.5);
                double fc = value(f, contracted);
                if (fc < Math.min(fr, values[n])) {
                    replaceWorst(simplex, values, contracted, fc);
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = along(simplex[0], simplex[i], 0.5);
                        values[i] = value(f, simplex[i]);
                    }
                }
            }
        }
        sort(simplex, values);
        return simplex[0];
    }

    /** centroid + t·(point − centroid). */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] x = new double[centroid.length];
        for (int j = 0; j < x.length; j++) x[j] = centroid[j] + t * (point[j] - centroid[j]);
        return x;
    }

    /** NaN counts as worse than anything, so the simplex walks away from it. */
    private static double value(ToDoubleFunction<double[]> f, double[] x) {
        double v = f.applyAsDouble(x);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static void replaceWorst(double[][] simplex, double[] values, double[] x, double v) {
        simplex[simplex.length - 1] = x;
        values[values.length - 1] = v;
    }

    private static void sort(double[][] simplex, double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[][] s = new double[simplex.length][];
        double[] v = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            s[i] = simplex[order[i]];
            v[i] = values[order[i]];
        }
        System.arraycopy(s, 0, simplex, 0, s.length);
        System.arraycopy(v, 0, values, 0, v.length);
    }
}
