package jielong.exercises.ch09;

import java.util.Arrays;
import java.util.Random;

import jielong.calibration.Abstention;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "an abstention threshold")
class AbstentionTest {
    private static void check(double[] confidence, boolean[] correct, double target, double want) {
        Case c = Case.of("abstentionThreshold(confidence, correct, " + target + ")")
                .input("confidence", confidence).input("correct", Arrays.toString(correct));
        double got = c.run(() -> Ch09.abstentionThreshold(confidence, correct, target));
        if (Double.isInfinite(want)) c.expectThat(got == want, "expected Infinity (no threshold reaches " + target + "), got " + got);
        else c.expectClose(want, got, 1e-12);
    }

    @Test
    @Points(1)
    void fiveQuestionsByHand() {
        double[] c = {0.6, 0.9, 0.8, 0.3, 0.8};
        boolean[] ok = {true, true, false, false, true};
        check(c, ok, 0.75, 0.6);
        check(c, ok, 0.5, 0.3);
    }

    @Test
    @Points(1)
    void equallyConfidentQuestionsAreAnsweredTogether() {
        // Answering one 0.8 but not the other is impossible with a threshold: at 0.8 both count (2 of 3 right).
        double[] c = {0.6, 0.9, 0.8, 0.3, 0.8};
        boolean[] ok = {true, true, false, false, true};
        check(c, ok, 0.8, 0.9);
        check(c, new boolean[5], 0.1, Double.POSITIVE_INFINITY);
    }

    @Test
    @Points(1)
    void manyQuestions() {
        Random rng = new Random(11);
        double[] c = new double[300];
        boolean[] ok = new boolean[300];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.round(rng.nextDouble() * 50) / 50.0; // ties on purpose
            ok[i] = rng.nextDouble() < c[i];
        }
        for (double target : new double[] {0.6, 0.8, 0.95}) check(c, ok, target, Abstention.thresholdFor(c, ok, target));
    }
}
