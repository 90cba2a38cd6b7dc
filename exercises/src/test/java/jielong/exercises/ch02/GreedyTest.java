package jielong.exercises.ch02;

import org.junit.jupiter.api.Test;

import jielong.generate.Sampler;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 1, title = "greedy choice")
class GreedyTest {
    private static void check(float[] logits) {
        Case c = Case.of("greedy(logits)").input("logits", logits);
        c.expectEqual(Sampler.argmax(logits), c.run(() -> Ch02.greedy(logits)));
    }

    @Test
    @Points(1)
    void picksTheLargestLogit() {
        check(new float[] {0.1f, 2.5f, -1f, 2.4f});
    }

    @Test
    @Points(1)
    void negativeLogitsAndTheLastPlace() {
        check(new float[] {-5f, -4f, -3f, -0.5f});
    }

    @Test
    @Points(1)
    void tiesGoToTheLowerId() {
        check(new float[] {1f, 3f, 0f, 3f});
    }
}
