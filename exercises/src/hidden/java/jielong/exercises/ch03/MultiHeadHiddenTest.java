package jielong.exercises.ch03;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Hidden;
import jielong.grade.Points;

/** A teacher's hidden test: three heads, a width that is not a power of two. */
@Hidden
@Exercise(value = 4, title = "multi-head attention")
class MultiHeadHiddenTest {
    @Test
    @Points(2)
    void threeHeadsOfWidthFive() {
        float[][] qkv = Reference.random(new Random(21), 9, 3 * 15);
        Case c = Case.of("multiHead(qkv, 3)").input("qkv", qkv);
        c.expectMatrix(Reference.toolkit(qkv, 3), c.run(() -> Ch03.multiHead(qkv, 3)), 1e-5);
    }
}
