package jielong.exercises.ch03;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 4, title = "multi-head attention")
class MultiHeadTest {
    private static void check(int t, int width, int heads, long seed) {
        float[][] qkv = Reference.random(new Random(seed), t, 3 * width);
        Case c = Case.of("multiHead(qkv, " + heads + ")").input("qkv", qkv);
        c.expectMatrix(Reference.toolkit(qkv, heads), c.run(() -> Ch03.multiHead(qkv, heads)), 1e-5);
    }

    @Test
    @Points(1)
    void oneHeadIsOneHead() {
        check(4, 6, 1, 1);
    }

    @Test
    @Points(2)
    void twoHeadsSideBySide() {
        check(5, 8, 2, 2);
    }

    @Test
    @Points(2)
    void fourHeadsOnALongerSequence() {
        check(12, 32, 4, 3);
    }
}
