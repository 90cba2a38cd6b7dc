package jielong.exercises.ch00;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 3, title = "a gradient by autodiff")
class LossGradientTest {
    /** By hand: d loss / d w[i][j] = x[i] · (p[j] − 1 if j is the target), p = softmax(x·w). */
    static double[] expected(float[] w, int inputs, int classes, float[] x, int target) {
        float[] logits = new float[classes];
        for (int j = 0; j < classes; j++) for (int i = 0; i < inputs; i++) logits[j] += x[i] * w[i * classes + j];
        double[] p = SoftmaxTest.expected(logits);
        double[] g = new double[inputs * classes];
        for (int i = 0; i < inputs; i++) for (int j = 0; j < classes; j++) g[i * classes + j] = x[i] * (p[j] - (j == target ? 1 : 0));
        return g;
    }

    private static void check(float[] w, int inputs, int classes, float[] x, int target) {
        Case c = Case.of("lossGradient(w, " + inputs + ", " + classes + ", x, " + target + ")").input("w", w).input("x", x);
        float[] got = c.run(() -> Ch00.lossGradient(w, inputs, classes, x, target));
        c.expectDoubles(expected(w, inputs, classes, x, target), got, 1e-5);
    }

    @Test
    @Points(2)
    void twoInputsThreeClasses() {
        check(new float[] {0.1f, -0.2f, 0.3f, 0.5f, 0.0f, -0.4f}, 2, 3, new float[] {1f, 2f}, 2);
    }

    @Test
    @Points(1)
    void theTargetColumnGetsANegativeGradient() {
        check(new float[] {0.2f, 0.1f, -0.3f, 0.7f, 0.4f, -0.1f, 0.0f, 0.2f}, 4, 2, new float[] {0.5f, -1f, 2f, 0.25f}, 0);
    }
}
