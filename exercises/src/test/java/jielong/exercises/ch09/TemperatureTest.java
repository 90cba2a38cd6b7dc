package jielong.exercises.ch09;

import java.util.Random;

import jielong.calibration.TemperatureScaling;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "fitting a temperature")
class TemperatureTest {
    private static void check(String what, float[][] logits, int[] labels) {
        Case c = Case.of("fitTemperature(logits, labels)").input("logits", what).input("labels", labels);
        double got = c.run(() -> Ch09.fitTemperature(logits, labels));
        c.expectRelative(TemperatureScaling.fit(logits, labels), got, 0.005);
    }

    @Test
    @Points(1)
    void twoClassesByHand() {
        // Logits (2, 0), class 0 right 3 times in 4: sigmoid(2/T) = 3/4 gives T = 2 / ln 3 ≈ 1.820.
        float[][] logits = {{2, 0}, {2, 0}, {2, 0}, {2, 0}};
        int[] labels = {0, 0, 0, 1};
        Case c = Case.of("fitTemperature(logits, labels)").input("logits", logits).input("labels", labels);
        c.expectRelative(2 / Math.log(3), c.run(() -> Ch09.fitTemperature(logits, labels)), 0.005);
    }

    @Test
    @Points(1)
    void anOverconfidentModelIsSoftened() {
        Questions q = questions(new Random(4), 200, 5, 4, 0.4);
        check("200 rows of 5 overconfident logits (seed 4)", q.logits(), q.labels());
    }

    @Test
    @Points(1)
    void anUnderconfidentModelIsSharpened() {
        Questions q = questions(new Random(5), 200, 5, 0.5, 0.9);
        check("200 rows of 5 timid logits (seed 5)", q.logits(), q.labels());
    }

    private record Questions(float[][] logits, int[] labels) {}

    /** Random logits of a given scale; the top answer is right with probability {@code right}, else a random one is. */
    private static Questions questions(Random rng, int n, int k, double scale, double right) {
        float[][] z = new float[n][k];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 0; j < k; j++) {
                z[i][j] = (float) (scale * rng.nextGaussian());
                if (z[i][j] > z[i][best]) best = j;
            }
            labels[i] = rng.nextDouble() < right ? best : rng.nextInt(k);
        }
        return new Questions(z, labels);
    }
}
