package jielong.exercises.ch03;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 2, title = "causal mask and softmax")
class CausalSoftmaxTest {
    /** Row i: softmax over columns 0..i, zeros after. */
    static float[][] expected(float[][] s) {
        float[][] p = new float[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j <= i; j++) max = Math.max(max, s[i][j]);
            for (int j = 0; j <= i; j++) sum += Math.exp(s[i][j] - max);
            for (int j = 0; j <= i; j++) p[i][j] = (float) (Math.exp(s[i][j] - max) / sum);
        }
        return p;
    }

    private static void check(float[][] s) {
        Case c = Case.of("causalSoftmax(scores)").input("scores", s);
        c.expectMatrix(expected(s), c.run(() -> Ch03.causalSoftmax(s)), 1e-6);
    }

    @Test
    @Points(1)
    void theFirstTokenSeesOnlyItself() {
        check(new float[][] {{0.3f, 5f, 5f}, {1f, 2f, 5f}, {0f, 0f, 0f}});
    }

    @Test
    @Points(1)
    void largeFutureScoresDoNotLeak() {
        check(new float[][] {{1f, 1000f}, {2f, 1f}});
    }

    @Test
    @Points(1)
    void randomScores() {
        check(Reference.random(new Random(5), 6, 6));
    }
}
