package jielong.exercises.ch14;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "the Q-learning update")
class QUpdateTest {
    private static void check(double q, double alpha, double reward, double gamma, double nextMax, boolean done, double want) {
        Case c = Case.of("qUpdate(" + q + ", " + alpha + ", " + reward + ", " + gamma + ", " + nextMax + ", " + done + ")");
        c.expectClose(want, c.run(() -> Ch14.qUpdate(q, alpha, reward, gamma, nextMax, done)), 1e-12);
    }

    @Test
    @Points(1)
    void byHand() {
        check(0.5, 0.1, 1, 0.9, 0.8, false, 0.622);      // 0.5 + 0.1 · (1 + 0.72 − 0.5)
        check(0, 0.5, 0, 0.9, 1, false, 0.45);           // a win two moves away starts to show
    }

    @Test
    @Points(1)
    void theEndOfAnEpisodeHasNoFuture() {
        check(0.622, 0.5, -1, 0.9, 0.8, true, -0.189);   // the next state's max is ignored
        check(0.3, 1, 1, 0.9, 5, true, 1);               // α = 1: the value becomes the target
    }
}
