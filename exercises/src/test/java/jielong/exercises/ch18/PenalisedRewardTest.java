package jielong.exercises.ch18;

import java.util.Arrays;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.train.PolicyGradient;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "the KL-penalised reward")
class PenalisedRewardTest {
    private static void check(double reward, double[] logPi, double[] logRef, double beta, double want) {
        Case c = Case.of("penalisedReward(" + reward + ", logPi, logRef, " + beta + ")").input("logPi", Arrays.toString(logPi))
                .input("logRef", Arrays.toString(logRef));
        c.expectClose(want, c.run(() -> Ch18.penalisedReward(reward, logPi, logRef, beta)), 1e-6);
    }

    @Test
    @Points(1)
    void threeTokensByHand() {
        // log-ratio (−0.1 + 0.5) + (−0.2 + 1.0) + (−0.05 + 0.3) = 0.4 + 0.8 + 0.25 = 1.45; 2 − 0.1 · 1.45 = 1.855
        check(2, new double[] {-0.1, -0.2, -0.05}, new double[] {-0.5, -1.0, -0.3}, 0.1, 1.855);
    }

    @Test
    @Points(1)
    void aResponseTheReferenceLikesMoreEarnsABonus() {
        check(0, new double[] {-3, -2}, new double[] {-1, -1}, 1, 3);
    }

    @Test
    @Points(1)
    void asTheToolkitFoldsItIn() {
        double[] pi = {-0.7, -1.3, -0.2, -2.2}, ref = {-0.9, -0.4, -0.2, -3.0};
        double sumPi = Arrays.stream(pi).sum(), sumRef = Arrays.stream(ref).sum();
        float want = PolicyGradient.penalisedRewards(new float[] {1.5f}, new float[] {(float) sumPi}, new float[] {(float) sumRef}, 0.5f)[0];
        Case c = Case.of("penalisedReward(1.5, logPi, logRef, 0.5)").input("logPi", Arrays.toString(pi)).input("logRef", Arrays.toString(ref));
        c.expectClose(want, c.run(() -> Ch18.penalisedReward(1.5, pi, ref, 0.5)), 1e-5);
    }
}
