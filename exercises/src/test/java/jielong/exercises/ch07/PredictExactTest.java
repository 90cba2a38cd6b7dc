package jielong.exercises.ch07;

import jielong.experiment.AnswerMetrics;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "exact match predicted from per-token accuracy")
class PredictExactTest {
    private static void check(double p, double exact, int length) {
        Case c = Case.of("exactFromTokens(" + p + ", " + exact + ", " + length + ")");
        double[] got = c.run(() -> Ch07.exactFromTokens(p, exact, length));
        double tokens = Math.exp(Math.log(exact) / length);
        c.expectDoubles(new double[] {AnswerMetrics.predictedExactMatch(p, new int[] {length}), tokens}, got, 1e-9);
    }

    @Test
    @Points(1)
    void sixDigitAnswers() {
        check(0.9, 0.5, 6); // 0.9^6 = 0.531; half the answers right takes 0.891 per token
    }

    @Test
    @Points(1)
    void longAnswersNeedNearlyPerfectTokens() {
        check(0.99, 0.9, 50);
    }

    @Test
    @Points(1)
    void oneTokenIsItsOwnExactMatch() {
        check(0.37, 0.37, 1);
    }
}
