package jielong.exercises.ch04;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 1, title = "cross-entropy by hand")
class CrossEntropyTest {
    /** The toolkit's loss is the reference. */
    private static void check(float[][] logits, int[] targets) {
        int v = logits[0].length;
        float[] flat = new float[logits.length * v];
        for (int r = 0; r < logits.length; r++) System.arraycopy(logits[r], 0, flat, r * v, v);
        double want = Ops.crossEntropy(Tensor.of(flat, logits.length, v), targets).item();
        Case c = Case.of("crossEntropy(logits, targets)").input("logits", logits).input("targets", targets);
        c.expectClose(want, c.run(() -> Ch04.crossEntropy(logits, targets)), 1e-5);
    }

    @Test
    @Points(1)
    void uniformLogitsCostLogOfTheVocabulary() {
        check(new float[][] {{0, 0, 0, 0}}, new int[] {2});
    }

    @Test
    @Points(1)
    void meanOverRows() {
        Random rng = new Random(4);
        float[][] logits = new float[6][10];
        for (float[] row : logits) for (int j = 0; j < row.length; j++) row[j] = (float) (2 * rng.nextGaussian());
        check(logits, new int[] {0, 9, 3, 3, 7, 1});
    }

    @Test
    @Points(1)
    void largeLogitsDoNotOverflow() {
        check(new float[][] {{1000f, 0f, -1000f}, {500f, 501f, 499f}}, new int[] {1, 0});
    }
}
