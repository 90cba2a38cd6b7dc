package jielong.exercises.ch07;

import java.util.Random;

import jielong.experiment.AnswerMetrics;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "exact match against per-token accuracy")
class ExactMatchTest {
    /** The toolkit's tally is the reference. */
    private static void check(int[][] answers, int[][] truths) {
        AnswerMetrics.Tally t = new AnswerMetrics.Tally();
        for (int i = 0; i < truths.length; i++) t.add(answers[i], truths[i]);
        Case c = Case.of("exactAndTokenAccuracy(answers, truths)").input("answers", java.util.Arrays.deepToString(answers))
                .input("truths", java.util.Arrays.deepToString(truths));
        double[] got = c.run(() -> Ch07.exactAndTokenAccuracy(answers, truths));
        c.expectDoubles(new double[] {t.exactMatch(), t.tokenAccuracy()}, got, 1e-12);
    }

    @Test
    @Points(1)
    void oneWrongDigitCostsTheWholeAnswer() {
        check(new int[][] {{6, 3, 9, 0, 0, 0}, {1, 2, 3, 4, 5, 7}}, new int[][] {{6, 3, 9, 0, 0, 0}, {1, 2, 3, 4, 5, 6}});
    }

    @Test
    @Points(1)
    void shortAndLongAnswers() {
        check(new int[][] {{6, 3}, {1, 2, 3, 4, 5, 6, 9}, {}}, new int[][] {{6, 3, 9}, {1, 2, 3, 4, 5, 6}, {4}});
    }

    @Test
    @Points(1)
    void aBatchOfNoisyAnswers() {
        Random rng = new Random(7);
        int[][] truths = new int[200][6], answers = new int[200][6];
        for (int i = 0; i < 200; i++)
            for (int j = 0; j < 6; j++) {
                truths[i][j] = rng.nextInt(10);
                answers[i][j] = rng.nextDouble() < 0.85 ? truths[i][j] : rng.nextInt(10);
            }
        check(answers, truths);
    }
}
