package jielong.exercises.ch18;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.train.Dpo;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "the DPO loss of one pair")
class DpoLossTest {
    private static void check(double pw, double pl, double rw, double rl, double beta, double want) {
        Case c = Case.of("dpoLoss(" + pw + ", " + pl + ", " + rw + ", " + rl + ", " + beta + ")");
        c.expectClose(want, c.run(() -> Ch18.dpoLoss(pw, pl, rw, rl, beta)), 1e-6 + 1e-6 * Math.abs(want));
    }

    @Test
    @Points(1)
    void aPairByHand() {
        // margin (−2 + 2.5) − (−3 + 2.8) = 0.7; β·margin = 0.35; −log σ(0.35) = 0.533382
        check(-2, -3, -2.5, -2.8, 0.5, 0.5333816);
    }

    @Test
    @Points(1)
    void aPolicyEqualToItsReferenceCostsLn2() {
        check(-4.2, -1.3, -4.2, -1.3, 0.1, Math.log(2));
    }

    @Test
    @Points(1)
    void againstTheToolkitForSeveralBetas() {
        for (double beta : new double[] {0.01, 0.1, 1, 10}) check(-1.5, -2.5, -3.0, -1.0, beta, Dpo.loss(-1.5, -2.5, -3.0, -1.0, beta));
    }
}
