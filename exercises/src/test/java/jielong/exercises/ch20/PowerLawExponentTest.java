package jielong.exercises.ch20;

import java.util.Random;

import jielong.fit.PowerLaw;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "the exponent of loss against compute")
class PowerLawExponentTest {
    @Test
    @Points(1)
    void anExactPowerLawGivesItsExponent() {
        double[] flops = {1e9, 1e10, 1e11, 1e12};
        double[] loss = new double[4];
        for (int i = 0; i < 4; i++) loss[i] = 40 * Math.pow(flops[i], -0.12);
        Case c = Case.of("powerLawExponent(flops, 40·C^-0.12)").input("flops", flops).input("loss", loss);
        c.expectClose(0.12, c.run(() -> Ch20.powerLawExponent(flops, loss)), 1e-9);
    }

    @Test
    @Points(1)
    void onNoisyPointsAsTheToolkitsLineFit() {
        Random rng = new Random(50);
        double[] flops = new double[30], loss = new double[30];
        for (int i = 0; i < 30; i++) {
            flops[i] = Math.pow(10, 9 + 4 * rng.nextDouble());
            loss[i] = 25 * Math.pow(flops[i], -0.05) * Math.exp(0.05 * rng.nextGaussian());
        }
        Case c = Case.of("powerLawExponent(30 noisy points, seed 50)");
        c.expectClose(PowerLaw.fitWithoutFloor(flops, loss).alpha(), c.run(() -> Ch20.powerLawExponent(flops, loss)), 1e-9);
    }
}
