package jielong.exercises.ch17;

import java.util.Arrays;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.train.Examples;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "the loss on the answer only")
class AnswerLossTest {
    /** The toolkit's masked cross-entropy on the batch {@code Examples} builds is the reference. */
    private static void check(float[][] logits, int[] tokens, int answerStart) {
        Examples.Batch b = Examples.batch(new Examples.Example(tokens, answerStart));
        int v = logits[0].length;
        float[] flat = new float[logits.length * v];
        for (int i = 0; i < logits.length; i++) System.arraycopy(logits[i], 0, flat, i * v, v);
        double want = Ops.crossEntropy(Tensor.of(flat, logits.length, v), b.y(), b.weights()).item();
        Case c = Case.of("answerLoss(logits, tokens, " + answerStart + ")").input("tokens", Arrays.toString(tokens))
                .input("logits", logits.length + " rows of " + v);
        c.expectClose(want, c.run(() -> Ch17.answerLoss(logits, tokens, answerStart)), 1e-4);
    }

    private static float[][] random(Random rng, int rows, int v, float scale) {
        float[][] l = new float[rows][v];
        for (float[] r : l) for (int k = 0; k < v; k++) r[k] = (float) (scale * rng.nextGaussian());
        return l;
    }

    @Test
    @Points(1)
    void aShortAnswer() {
        Random rng = new Random(1);
        check(random(rng, 5, 7, 1f), new int[] {3, 1, 4, 1, 5, 6}, 4);
    }

    @Test
    @Points(1)
    void everyTokenIsAnswer() {
        Random rng = new Random(2);
        check(random(rng, 4, 6, 2f), new int[] {0, 1, 2, 3, 4}, 0);
        check(random(rng, 4, 6, 2f), new int[] {0, 1, 2, 3, 4}, 1);
    }

    @Test
    @Points(1)
    void largeLogitsStayFinite() {
        Random rng = new Random(3);
        float[][] l = random(rng, 8, 30, 1f);
        for (float[] r : l) r[5] += 500f;
        int[] tokens = new int[9];
        for (int i = 0; i < 9; i++) tokens[i] = rng.nextInt(30);
        check(l, tokens, 6);
    }
}
