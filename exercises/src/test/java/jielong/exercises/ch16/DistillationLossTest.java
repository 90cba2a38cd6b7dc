package jielong.exercises.ch16;

import java.util.Random;

import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.train.Distillation;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "the distillation loss")
class DistillationLossTest {
    private static void check(float[][] s, float[][] t, double temperature) {
        int m = s.length, v = s[0].length;
        float[] sf = new float[m * v], tf = new float[m * v];
        for (int i = 0; i < m; i++) {
            System.arraycopy(s[i], 0, sf, i * v, v);
            System.arraycopy(t[i], 0, tf, i * v, v);
        }
        double want = Distillation.loss(Tensor.of(sf, m, v), Tensor.of(tf, m, v), new int[m], (float) temperature, 1f).item();
        Case c = Case.of("distillationLoss(student, teacher, " + temperature + ")").input("student", java.util.Arrays.deepToString(s))
                .input("teacher", java.util.Arrays.deepToString(t));
        c.expectClose(want, c.run(() -> Ch16.distillationLoss(s, t, temperature)), 1e-4 * (1 + Math.abs(want)));
    }

    @Test
    @Points(1)
    void twoTokensByHand() {
        // teacher softmax([ln 3, 0]) = [0.75, 0.25], student uniform: KL = 0.75 ln 1.5 + 0.25 ln 0.5
        float[][] t = {{(float) Math.log(3), 0}}, s = {{0, 0}};
        Case c = Case.of("distillationLoss([[0, 0]], [[ln 3, 0]], 1)");
        c.expectClose(0.75 * Math.log(1.5) + 0.25 * Math.log(0.5), c.run(() -> Ch16.distillationLoss(s, t, 1)), 1e-6);
        Case same = Case.of("distillationLoss(x, x, 2): a student that matches its teacher");
        same.expectClose(0, same.run(() -> Ch16.distillationLoss(t, t, 2)), 1e-9);
    }

    @Test
    @Points(1)
    void temperaturesOneTwoFour() {
        Random rng = new Random(16);
        float[][] s = new float[4][7], t = new float[4][7];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 7; j++) {
            s[i][j] = (float) (2 * rng.nextGaussian());
            t[i][j] = (float) (3 * rng.nextGaussian());
        }
        for (double temp : new double[] {1, 2, 4}) check(s, t, temp);
    }

    @Test
    @Points(1)
    void largeLogitsStayFinite() {
        float[][] s = {{800, 0, -800}}, t = {{0, 900, 0}};
        check(s, t, 4);
    }
}
