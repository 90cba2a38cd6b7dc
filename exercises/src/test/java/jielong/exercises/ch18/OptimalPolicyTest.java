package jielong.exercises.ch18;

import java.util.Arrays;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "the KL-regularised optimum")
class OptimalPolicyTest {
    private static Case call(double[] ref, double[] r, double beta) {
        return Case.of("optimalPolicy(reference, reward, " + beta + ")").input("reference", Arrays.toString(ref)).input("reward", Arrays.toString(r));
    }

    @Test
    @Points(1)
    void twoResponsesByHand() {
        // π* ∝ (0.5·e^2, 0.5·e^0) → (e^2, 1) / (e^2 + 1) = (0.880797, 0.119203)
        double[] ref = {0.5, 0.5}, r = {1, 0};
        Case c = call(ref, r, 0.5);
        c.expectDoubles(new double[] {0.8807971, 0.1192029}, c.run(() -> Ch18.optimalPolicy(ref, r, 0.5)), 1e-6);
    }

    @Test
    @Points(1)
    void aLargeBetaKeepsTheReference() {
        double[] ref = {0.1, 0.2, 0.3, 0.4}, r = {1, 0, 0.5, -0.5};
        Case c = call(ref, r, 1e6);
        c.expectDoubles(ref, c.run(() -> Ch18.optimalPolicy(ref, r, 1e6)), 1e-5);
    }

    @Test
    @Points(1)
    void aTinyBetaPutsEverythingOnTheBestResponse() {
        double[] ref = {0.7, 0.2, 0.1}, r = {1, 3, 2};
        Case c = call(ref, r, 1e-3);
        c.expectDoubles(new double[] {0, 1, 0}, c.run(() -> Ch18.optimalPolicy(ref, r, 1e-3)), 1e-9);
    }
}
