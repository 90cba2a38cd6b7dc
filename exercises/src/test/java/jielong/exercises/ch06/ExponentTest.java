package jielong.exercises.ch06;

import java.util.Random;

import jielong.fit.PowerLaw;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "an exponent from a log-log line")
class ExponentTest {
    /** The toolkit's floorless fit is the reference. */
    private static void check(double[] x, double[] loss) {
        Case c = Case.of("powerLawExponent(x, loss)").input("x", x).input("loss", loss);
        c.expectClose(PowerLaw.fitWithoutFloor(x, loss).alpha(), c.run(() -> Ch06.powerLawExponent(x, loss)), 1e-6);
    }

    @Test
    @Points(1)
    void kaplansLawOfParameters() {
        double[] n = {1e5, 1e6, 1e7, 1e8, 1e9};
        double[] loss = new double[n.length];
        for (int i = 0; i < n.length; i++) loss[i] = Math.pow(8.8e13 / n[i], 0.076);
        check(n, loss);
    }

    @Test
    @Points(1)
    void noisyPointsGetTheLeastSquaresLine() {
        Random rng = new Random(6);
        double[] x = new double[8], loss = new double[8];
        for (int i = 0; i < x.length; i++) {
            x[i] = 6_592 * Math.pow(2, i);
            loss[i] = 12 * Math.pow(x[i], -0.12) * Math.exp(0.02 * rng.nextGaussian());
        }
        check(x, loss);
    }

    @Test
    @Points(1)
    void lossThatRisesGivesANegativeExponent() {
        check(new double[] {1, 10, 100}, new double[] {2, 2.5, 3.2});
    }
}
