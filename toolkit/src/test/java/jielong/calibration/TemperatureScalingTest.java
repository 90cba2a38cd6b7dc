package jielong.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Temperature scaling against a case solved by hand and a brute-force search. */
class TemperatureScalingTest {
    @Test
    void twoClassesSolvedByHand() {
        // Logits (2, 0) always; class 0 right 3 times in 4. The best T makes sigmoid(2/T) = 3/4: T = 2 / ln 3.
        float[][] logits = {{2, 0}, {2, 0}, {2, 0}, {2, 0}};
        int[] labels = {0, 0, 0, 1};
        assertEquals(2 / Math.log(3), TemperatureScaling.fit(logits, labels), 1e-6);
        assertEquals(Math.log(2), TemperatureScaling.nll(new float[][] {{0, 0}}, new int[] {1}, 1), 1e-12);
        // At T = 1: NLL = mean(-log p) with p = sigmoid(±2).
        double p = 1 / (1 + Math.exp(-2));
        assertEquals(-(3 * Math.log(p) + Math.log(1 - p)) / 4, TemperatureScaling.nll(logits, labels, 1), 1e-12);
    }

    @Test
    void softmaxAtATemperature() {
        double[] p = TemperatureScaling.softmax(new float[] {1, 0, 0}, 0.5);
        double e2 = Math.exp(2);
        assertArrayEquals(new double[] {e2 / (e2 + 2), 1 / (e2 + 2), 1 / (e2 + 2)}, p, 1e-12);
    }

    @Test
    void fitMatchesABruteForceSearch() {
        Random rng = new Random(17);
        int n = 400, k = 6;
        float[][] logits = new float[n][k];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) logits[i][j] = (float) (3 * rng.nextGaussian());
            labels[i] = rng.nextDouble() < 0.5 ? argmax(logits[i]) : rng.nextInt(k); // overconfident logits
        }
        double best = Double.NaN, bestNll = Double.POSITIVE_INFINITY;
        for (double t = 0.05; t < 20; t *= 1.0005) {
            double v = TemperatureScaling.nll(logits, labels, t);
            if (v < bestNll) {
                bestNll = v;
                best = t;
            }
        }
        double fitted = TemperatureScaling.fit(logits, labels);
        assertTrue(fitted > 1, "overconfident logits need softening, got T = " + fitted);
        assertEquals(best, fitted, best * 1e-3);
        assertTrue(TemperatureScaling.nll(logits, labels, fitted) <= bestNll + 1e-9);
    }

    @Test
    void badInputSaysWhatToDo() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(new float[][] {{1, 2}}, new int[] {2}))
                .getMessage().contains("index of the right answer"));
        assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(new float[][] {{1, 2}}, new int[] {0, 1}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(new float[][] {{Float.NaN, 2}}, new int[] {0}))
                .getMessage().contains("finite"));
        assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.softmax(new float[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(new float[0][], new int[0]));
    }

    private static int argmax(float[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) if (z[i] > z[best]) best = i;
        return best;
    }
}
