package jielong.exercises.ch09;

import java.util.Arrays;
import java.util.Random;

import jielong.calibration.Reliability;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "expected calibration error")
class EceTest {
    private static void check(double[] confidence, boolean[] correct, int bins, double want) {
        Case c = Case.of("expectedCalibrationError(confidence, correct, " + bins + ")")
                .input("confidence", confidence).input("correct", Arrays.toString(correct));
        c.expectClose(want, c.run(() -> Ch09.expectedCalibrationError(confidence, correct, bins)), 1e-9);
    }

    @Test
    @Points(1)
    void fivePredictionsByHand() {
        // Bins 0, 1 and 9 are used: (1/5)·0.05 + (2/5)·0.35 + (2/5)·0.025 = 0.16.
        check(new double[] {0.05, 0.15, 0.15, 0.95, 1.0}, new boolean[] {false, true, false, true, true}, 10, 0.16);
    }

    @Test
    @Points(1)
    void alwaysSureRightHalfTheTime() {
        double[] c = new double[10];
        boolean[] ok = new boolean[10];
        Arrays.fill(c, 0.9);
        for (int i = 0; i < 10; i += 2) ok[i] = true;
        check(c, ok, 15, 0.4);
    }

    @Test
    @Points(1)
    void edgesOfBinsAndManyPredictions() {
        check(new double[] {0.3, 0.3, 0.7, 0.0}, new boolean[] {true, false, true, false}, 10,
                Reliability.of(new double[] {0.3, 0.3, 0.7, 0.0}, new boolean[] {true, false, true, false}, 10).ece());
        Random rng = new Random(9);
        double[] c = new double[500];
        boolean[] ok = new boolean[500];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.pow(rng.nextDouble(), 0.3);
            ok[i] = rng.nextDouble() < c[i] * c[i];
        }
        check(c, ok, 12, Reliability.of(c, ok, 12).ece());
    }
}
