package jielong.exercises.ch03;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 3, title = "one attention head")
class HeadTest {
    private static void check(float[][] q, float[][] k, float[][] v) {
        float[][] qkv = new float[q.length][];
        for (int i = 0; i < q.length; i++) {
            int d = q[i].length;
            qkv[i] = new float[3 * d];
            System.arraycopy(q[i], 0, qkv[i], 0, d);
            System.arraycopy(k[i], 0, qkv[i], d, d);
            System.arraycopy(v[i], 0, qkv[i], 2 * d, d);
        }
        Case c = Case.of("head(q, k, v)").input("q", q).input("k", k).input("v", v);
        c.expectMatrix(Reference.toolkit(qkv, 1), c.run(() -> Ch03.head(q, k, v)), 1e-5);
    }

    @Test
    @Points(1)
    void theFirstOutputIsTheFirstValue() {
        check(new float[][] {{1, 0}, {0, 1}}, new float[][] {{1, 0}, {0, 1}}, new float[][] {{1, 2}, {3, 4}});
    }

    @Test
    @Points(2)
    void matchesTheToolkitOnASentence() {
        Random rng = new Random(11);
        check(Reference.random(rng, 7, 8), Reference.random(rng, 7, 8), Reference.random(rng, 7, 8));
    }
}
