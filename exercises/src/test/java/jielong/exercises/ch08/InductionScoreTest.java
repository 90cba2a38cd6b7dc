package jielong.exercises.ch08;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.probe.HeadScores;

@Exercise(value = 2, title = "an induction score from an attention pattern")
class InductionScoreTest {
    private static void check(float[][] w, int[] tokens) {
        Case c = Case.of("inductionScore(weights, tokens)").input("weights", w).input("tokens", tokens);
        c.expectClose(HeadScores.induction(w, tokens), c.run(() -> Ch08.inductionScore(w, tokens)), 1e-6);
    }

    @Test
    @Points(1)
    void aPerfectInductionHead() {
        int[] tokens = {0, 1, 2, 3, 0, 1, 2, 3};
        float[][] w = new float[8][8];
        for (int i = 0; i < 8; i++) w[i][i < 4 ? 0 : i - 3] = 1;
        check(w, tokens);
    }

    @Test
    @Points(1)
    void aPreviousTokenHeadScoresZero() {
        int[] tokens = {0, 1, 2, 3, 0, 1, 2, 3};
        float[][] w = new float[8][8];
        for (int i = 0; i < 8; i++) w[i][Math.max(0, i - 1)] = 1;
        check(w, tokens);
    }

    @Test
    @Points(2)
    void randomCausalWeightsOnARepeatedSequence() {
        Random rng = new Random(8);
        int t = 20;
        int[] tokens = new int[t];
        for (int i = 0; i < 10; i++) tokens[i] = tokens[i + 10] = rng.nextInt(6); // a small vocabulary: tokens repeat inside the prefix too
        float[][] w = new float[t][t];
        for (int i = 0; i < t; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) s += w[i][j] = rng.nextFloat();
            for (int j = 0; j <= i; j++) w[i][j] /= s;
        }
        check(w, tokens);
    }

    @Test
    @Points(1)
    void noRepeatIsNaN() {
        float[][] w = {{1, 0, 0}, {0.5f, 0.5f, 0}, {0.2f, 0.3f, 0.5f}};
        int[] tokens = {4, 5, 6};
        Case c = Case.of("inductionScore(weights, tokens)").input("weights", w).input("tokens", tokens);
        double got = c.run(() -> Ch08.inductionScore(w, tokens));
        c.expectThat(Double.isNaN(got), "no token repeats, so there is nothing to score: expected NaN, got " + got);
    }
}
