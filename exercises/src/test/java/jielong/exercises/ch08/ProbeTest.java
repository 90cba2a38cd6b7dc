package jielong.exercises.ch08;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 3, title = "training a linear probe")
class ProbeTest {
    /** The same gradient descent, written independently: the probe after each step must match. */
    private static double[] reference(float[][] x, int[] y, int steps, double lr) {
        int n = x.length, d = x[0].length;
        double[] w = new double[d + 1];
        for (int s = 0; s < steps; s++) {
            double[] g = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double z = w[d];
                for (int j = 0; j < d; j++) z += w[j] * x[i][j];
                double p = 1 / (1 + Math.exp(-z));
                for (int j = 0; j < d; j++) g[j] += (p - y[i]) * x[i][j] / n;
                g[d] += (p - y[i]) / n;
            }
            for (int j = 0; j <= d; j++) w[j] -= lr * g[j];
        }
        return w;
    }

    @Test
    @Points(1)
    void oneStepFromZero() {
        float[][] x = {{1, 0}, {0, 1}, {1, 1}};
        int[] y = {1, 0, 1};
        Case c = Case.of("fitProbe(x, y, 1, 0.5)").input("x", x).input("y", y);
        // from w = 0 every p is ½: gradient (−⅓, 0, −⅙) for (w₁, w₂, b), so one step of 0.5 lands at (⅙, 0, 1/12)
        c.expectDoubles(new double[] {1.0 / 6, 0, 1.0 / 12}, c.run(() -> Ch08.fitProbe(x, y, 1, 0.5)), 1e-9);
    }

    @Test
    @Points(2)
    void manyStepsMatchGradientDescent() {
        Random rng = new Random(11);
        float[][] x = Ch08.random(rng, 60, 4);
        int[] y = new int[60];
        for (int i = 0; i < 60; i++) y[i] = x[i][0] - 0.5 * x[i][2] + 0.3 * rng.nextGaussian() > 0 ? 1 : 0;
        Case c = Case.of("fitProbe(x, y, 200, 0.5)").input("x", x).input("y", y);
        c.expectDoubles(reference(x, y, 200, 0.5), c.run(() -> Ch08.fitProbe(x, y, 200, 0.5)), 1e-6);
    }

    @Test
    @Points(2)
    void findsAPlantedDirection() {
        Random rng = new Random(12);
        int d = 8, n = 800;
        float[][] x = Ch08.random(rng, n, d);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) y[i] = x[i][3] + x[i][5] > 0 ? 1 : 0; // the direction (0,0,0,1,0,1,0,0)/√2
        Case c = Case.of("fitProbe(x, y, 300, 1.0)").input("x", "800 normal rows of 8").input("y", "1 where x[3] + x[5] > 0");
        double[] w = c.run(() -> Ch08.fitProbe(x, y, 300, 1.0));
        c.expectEqual(d + 1, w.length);
        double dot = (w[3] + w[5]) / Math.sqrt(2), len = 0;
        for (int j = 0; j < d; j++) len += w[j] * w[j];
        double cosine = dot / Math.sqrt(len);
        c.expectThat(cosine > 0.95, "the weights should point along the planted direction: cosine " + cosine + ", expected above 0.95");
    }
}
