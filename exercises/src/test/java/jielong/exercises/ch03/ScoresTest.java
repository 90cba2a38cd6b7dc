package jielong.exercises.ch03;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 1, title = "scaled dot-product scores")
class ScoresTest {
    private static void check(float[][] q, float[][] k) {
        Case c = Case.of("scores(q, k)").input("q", q).input("k", k);
        c.expectMatrix(Reference.scores(q, k), c.run(() -> Ch03.scores(q, k)), 1e-5);
    }

    @Test
    @Points(1)
    void twoTokensByHand() {
        check(new float[][] {{1, 0, 1, 0}, {0, 2, 0, 2}}, new float[][] {{1, 1, 1, 1}, {0, 1, 0, -1}});
    }

    @Test
    @Points(1)
    void dividesBySquareRootOfTheQueryWidth() {
        Random rng = new Random(3);
        check(Reference.random(rng, 5, 16), Reference.random(rng, 5, 16));
    }
}
