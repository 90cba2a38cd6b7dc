package jielong.exercises.ch00;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 2, title = "softmax")
class SoftmaxTest {
    /** Softmax in double precision, written out independently. */
    static double[] expected(float[] x) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (float v : x) max = Math.max(max, v);
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) sum += p[i] = Math.exp(x[i] - max);
        for (int i = 0; i < x.length; i++) p[i] /= sum;
        return p;
    }

    private static void check(float[] logits) {
        Case c = Case.of("softmax(logits)").input("logits", logits);
        float[] got = c.run(() -> Ch00.softmax(logits));
        c.expectDoubles(expected(logits), got, 1e-6);
    }

    @Test
    @Points(1)
    void smallLogits() {
        check(new float[] {1f, 2f, 3f, 0.5f});
    }

    @Test
    @Points(1)
    void equalLogitsGiveEqualProbabilities() {
        check(new float[] {4f, 4f, 4f, 4f, 4f});
    }

    @Test
    @Points(1)
    void largeLogitsDoNotOverflow() {
        check(new float[] {1000f, 999f, 990f});
    }
}
