package jielong.exercises.ch18;

import java.util.Arrays;

import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.train.BradleyTerry;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "the Bradley-Terry loss")
class BradleyTerryTest {
    private static void check(double[] chosen, double[] rejected, double want) {
        Case c = Case.of("bradleyTerryLoss(chosen, rejected)").input("chosen", Arrays.toString(chosen)).input("rejected", Arrays.toString(rejected));
        c.expectClose(want, c.run(() -> Ch18.bradleyTerryLoss(chosen, rejected)), 1e-6 + 1e-6 * Math.abs(want));
    }

    @Test
    @Points(1)
    void onePairByHand() {
        check(new double[] {3}, new double[] {1}, Math.log1p(Math.exp(-2))); // −log σ(2) = 0.126928
        check(new double[] {0}, new double[] {0}, Math.log(2));
    }

    @Test
    @Points(1)
    void theMeanOverPairsAsTheToolkitComputesIt() {
        double[] w = {0.3, -1.2, 2, 0.5}, l = {0.1, 0.4, -0.5, 0.5};
        float[] wf = new float[4], lf = new float[4];
        for (int i = 0; i < 4; i++) {
            wf[i] = (float) w[i];
            lf[i] = (float) l[i];
        }
        double want = BradleyTerry.loss(Tensor.of(wf, 4), Tensor.of(lf, 4)).item();
        Case c = Case.of("bradleyTerryLoss(chosen, rejected)").input("chosen", Arrays.toString(w)).input("rejected", Arrays.toString(l));
        c.expectClose(want, c.run(() -> Ch18.bradleyTerryLoss(w, l)), 1e-5);
    }

    @Test
    @Points(1)
    void largeMarginsStayFinite() {
        check(new double[] {800, -800}, new double[] {0, 0}, 800.0 / 2); // pair 1 costs ~0, pair 2 costs 800
    }
}
