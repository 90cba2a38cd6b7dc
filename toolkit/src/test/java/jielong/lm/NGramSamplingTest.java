package jielong.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** NGramModel's constant-time probability and its fast sampler, against the full forecast. */
class NGramSamplingTest {
    private static int[] text(long seed, int length, int v) {
        Random rng = new Random(seed);
        int[] t = new int[length];
        for (int i = 0; i < length; i++) t[i] = rng.nextDouble() < 0.6 ? rng.nextInt(3) : rng.nextInt(v); // a skewed stream
        return t;
    }

    @Test
    void probabilityIsTheForecastsEntry() {
        int v = 9;
        NGramModel m = NGramModel.fit(text(1, 400, v), v, 3, 0.5);
        for (int[] context : new int[][] {{}, {2}, {0, 1}, {4, 4, 1}, {8, 8}}) {
            double[] p = m.probabilities(context);
            for (int j = 0; j < v; j++) assertEquals(p[j], m.probability(context, j), 1e-12, "context " + java.util.Arrays.toString(context) + ", token " + j);
        }
        NGramModel mle = m.withAlpha(0);
        assertEquals(0, mle.alpha());
        assertArrayEquals(NGramModel.fit(text(1, 400, v), v, 3, 0).probabilities(new int[] {0, 1}), mle.probabilities(new int[] {0, 1}), 1e-12);
        assertEquals(1.0 / 3, NGramModel.fit(new int[] {0, 1, 0}, 3, 2, 0).probability(new int[] {2}, 1), 1e-12); // a context never seen: uniform
    }

    /** Draws of one token, counted, against softmax(log p / T): the distribution generate() draws from. */
    @Test
    void samplesFollowTheForecastAtTheTemperature() {
        int v = 7;
        NGramModel smoothed = NGramModel.fit(text(2, 300, v), v, 2, 0.3);
        for (NGramModel m : new NGramModel[] {smoothed, smoothed.withAlpha(0)}) {
            for (double temperature : new double[] {0.5, 1, 2}) {
                int[] prompt = {1};
                int draws = 60_000;
                int[][] out = m.sample(prompt, draws, 1, -1, temperature, 11);
                double[] seen = new double[v];
                for (int[] o : out) seen[o[0]]++;
                double[] p = m.probabilities(prompt);
                double z = 0;
                double[] q = new double[v];
                for (int j = 0; j < v; j++) z += q[j] = Math.pow(p[j], 1 / temperature);
                for (int j = 0; j < v; j++) {
                    double want = q[j] / z, got = seen[j] / draws;
                    assertEquals(want, got, 4 * Math.sqrt(want * (1 - want) / draws) + 1e-9,
                            "alpha " + m.alpha() + ", T = " + temperature + ", token " + j);
                }
            }
        }
    }

    @Test
    void samplesStopAfterTheStopTokenAndRepeatWithTheSeed() {
        int v = 5;
        NGramModel m = NGramModel.fit(new int[] {4, 0, 1, 2, 4, 0, 2, 1, 4, 3, 3, 3, 4}, v, 2, 0);
        int[][] a = m.sample(new int[] {4}, 50, 10, 4, 1.0, 3);
        for (int[] s : a) {
            for (int i = 0; i < s.length - 1; i++) assertTrue(s[i] != 4, "the stop token ends a sample");
            assertTrue(s.length == 10 || s[s.length - 1] == 4);
            for (int i = 1; i < s.length; i++) assertTrue(m.count(new int[] {s[i - 1]}, s[i]) > 0, "unsmoothed, it writes only bigrams it saw");
        }
        assertArrayEquals(a, m.sample(new int[] {4}, 50, 10, 4, 1.0, 3));
    }

    @Test
    void badInputSaysWhatToDo() {
        NGramModel m = NGramModel.fit(new int[] {0, 1, 0}, 2, 2, 0);
        assertThrows(IllegalArgumentException.class, () -> m.sample(new int[] {0}, 1, 1, -1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> m.sample(new int[] {0}, -1, 1, -1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> m.probability(new int[] {0}, 2));
        assertThrows(IllegalArgumentException.class, () -> m.withAlpha(-1));
    }
}
