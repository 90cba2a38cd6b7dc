package jielong.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LinearProbeTest {
    /** Rows from a standard normal, labels drawn from a logistic model along a planted unit direction. */
    private static float[][] gaussian(Random rng, int n, int d) {
        float[][] x = new float[n][d];
        for (float[] row : x) for (int j = 0; j < d; j++) row[j] = (float) rng.nextGaussian();
        return x;
    }

    @Test
    void recoversAPlantedDirection() {
        Random rng = new Random(1);
        int d = 12, n = 4000;
        double[] planted = new double[d];
        double norm = 0;
        for (int j = 0; j < d; j++) norm += (planted[j] = rng.nextGaussian()) * planted[j];
        for (int j = 0; j < d; j++) planted[j] /= Math.sqrt(norm);
        float[][] x = gaussian(rng, n, d);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int j = 0; j < d; j++) z += 4 * planted[j] * x[i][j];
            y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        LinearProbe p = LinearProbe.fit(x, y, 2, LinearProbe.Options.defaults());
        double[] w1 = p.direction(1), w0 = p.direction(0);
        double dot = 0, len = 0;
        for (int j = 0; j < d; j++) {
            double wj = w1[j] - w0[j];
            dot += wj * planted[j];
            len += wj * wj;
        }
        double cosine = dot / Math.sqrt(len);
        assertTrue(cosine > 0.98, "the fitted boundary should be normal to the planted direction: cosine " + cosine);
        // the logistic model's own accuracy with slope 4 on a standard normal is about 0.84
        float[][] test = gaussian(new Random(2), 2000, d);
        int[] yt = new int[test.length];
        for (int i = 0; i < test.length; i++) {
            double z = 0;
            for (int j = 0; j < d; j++) z += planted[j] * test[i][j];
            yt[i] = z > 0 ? 1 : 0;
        }
        assertTrue(p.accuracy(test, yt) > 0.97, "signs along the planted direction should be read off: " + p.accuracy(test, yt));
    }

    @Test
    void theAnalyticGradientMatchesFiniteDifferences() {
        Random rng = new Random(3);
        int n = 50, d = 4, k = 3;
        double[][] z = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) z[i][j] = rng.nextGaussian();
            y[i] = rng.nextInt(k);
        }
        double[] w = new double[k * (d + 1)], grad = new double[w.length], ignored = new double[w.length];
        for (int i = 0; i < w.length; i++) w[i] = rng.nextGaussian();
        LinearProbe.lossAndGradient(z, y, k, 0.1, w, grad);
        double h = 1e-6;
        for (int i = 0; i < w.length; i++) {
            double[] up = w.clone(), down = w.clone();
            up[i] += h;
            down[i] -= h;
            double fd = (LinearProbe.lossAndGradient(z, y, k, 0.1, up, ignored) - LinearProbe.lossAndGradient(z, y, k, 0.1, down, ignored)) / (2 * h);
            assertEquals(fd, grad[i], 1e-7, "parameter " + i);
        }
    }

    @Test
    void oneFeatureConvergesToTheRootFoundByBisection() {
        // two classes, one feature: the optimum is where the objective's derivative along (w1 − w0) vanishes;
        // find it independently on the logistic model with weight β = w1 − w0, bias c, penalty (λ/4)·β²
        Random rng = new Random(4);
        int n = 300;
        float[][] x = new float[n][1];
        int[] y = new int[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            x[i][0] = (float) rng.nextGaussian();
            y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-1.5 * x[i][0] - 0.3)) ? 1 : 0;
            mean += x[i][0];
        }
        mean /= n;
        double var = 0;
        for (float[] r : x) var += (r[0] - mean) * (r[0] - mean);
        double sd = Math.sqrt(var / n);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) z[i] = (x[i][0] - mean) / sd;
        double lambda = 0.05;
        // for each β the best bias solves Σ(σ(βz + c) − y) = 0 (bisection), then Σ(σ − y)z/n + (λ/2)β = 0 (bisection on β)
        java.util.function.DoubleUnaryOperator bestBias = beta -> bisect(c -> {
            double s = 0;
            for (int i = 0; i < n; i++) s += sigmoid(beta * z[i] + c) - y[i];
            return s;
        }, -20, 20);
        double beta = bisect(b -> {
            double c = bestBias.applyAsDouble(b), s = 0;
            for (int i = 0; i < n; i++) s += (sigmoid(b * z[i] + c) - y[i]) * z[i];
            return s / n + lambda / 2 * b;
        }, -20, 20);
        LinearProbe p = LinearProbe.fit(x, y, 2, new LinearProbe.Options(lambda, 2000));
        assertEquals(beta / sd, p.direction(1)[0] - p.direction(0)[0], 1e-4, "slope in the feature's own units");
        double[][] prob = p.probabilities(new float[][] {{(float) mean}});
        assertEquals(sigmoid(bestBias.applyAsDouble(beta)), prob[0][1], 1e-4, "probability at the mean");
    }

    @Test
    void separableClassesAreReadPerfectlyAndShuffledOnesAreNot() {
        Random rng = new Random(5);
        int n = 600, d = 6, k = 3;
        float[][] x = gaussian(rng, n, d);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
            x[i][y[i]] += 6; // each class sits 6 standard deviations out along its own axis
        }
        LinearProbe p = LinearProbe.fit(x, y, k, LinearProbe.Options.defaults());
        assertEquals(1.0, p.accuracy(x, y), 1e-12);
        int[] shuffled = y.clone();
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1), t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        float[][] fresh = gaussian(new Random(6), 900, d);
        int[] yf = new int[fresh.length];
        for (int i = 0; i < fresh.length; i++) {
            yf[i] = i % k;
            fresh[i][yf[i]] += 6;
        }
        double control = LinearProbe.fit(x, shuffled, k, LinearProbe.Options.defaults()).accuracy(fresh, yf);
        assertTrue(control < 0.5, "a probe trained on shuffled labels should be near chance (1/3), got " + control);
    }

    @Test
    void theSameDataGivesTheSameProbe() {
        Random rng = new Random(7);
        float[][] x = gaussian(rng, 200, 5);
        int[] y = new int[200];
        for (int i = 0; i < y.length; i++) y[i] = x[i][0] > 0 ? 1 : 0;
        assertArrayEquals(LinearProbe.fit(x, y, 2, LinearProbe.Options.defaults()).direction(1),
                LinearProbe.fit(x, y, 2, LinearProbe.Options.defaults()).direction(1));
    }

    @Test
    void badInputIsRefusedWithWhatToDo() {
        float[][] x = {{1, 2}, {3, 4}};
        assertMessage("2 rows but 3 labels", () -> LinearProbe.fit(x, new int[] {0, 1, 1}, 2, LinearProbe.Options.defaults()));
        assertMessage("label 2 of row 1 is outside [0, 2)", () -> LinearProbe.fit(x, new int[] {0, 2}, 2, LinearProbe.Options.defaults()));
        assertMessage("finite", () -> LinearProbe.fit(new float[][] {{1, Float.NaN}, {0, 0}}, new int[] {0, 1}, 2, LinearProbe.Options.defaults()));
        assertMessage("row 1 has 1 features", () -> LinearProbe.fit(new float[][] {{1, 2}, {3}}, new int[] {0, 1}, 2, LinearProbe.Options.defaults()));
        assertMessage("at least 2 classes", () -> LinearProbe.fit(x, new int[] {0, 0}, 1, LinearProbe.Options.defaults()));
        assertMessage("no rows", () -> LinearProbe.fit(new float[0][], new int[0], 2, LinearProbe.Options.defaults()));
        assertMessage("L2 penalty", () -> new LinearProbe.Options(-1, 10));
        assertMessage("at least 1 gradient step", () -> new LinearProbe.Options(0, 0));
        LinearProbe p = LinearProbe.fit(x, new int[] {0, 1}, 2, LinearProbe.Options.defaults());
        assertMessage("fitted to 2", () -> p.predict(new float[][] {{1, 2, 3}}));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** The root of an increasing function between lo and hi. */
    private static double bisect(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (f.applyAsDouble(mid) > 0) hi = mid; else lo = mid;
        }
        return (lo + hi) / 2;
    }
}
