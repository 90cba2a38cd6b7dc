package jielong.exercises.ch07;

import jielong.course.emergence.Grokking;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "steps to generalise from a curve")
class StepsToGeneraliseTest {
    private static void check(double[] steps, double[] accuracy, double threshold) {
        Case c = Case.of("stepsToGeneralise(steps, accuracy, " + threshold + ")").input("steps", steps).input("accuracy", accuracy);
        long got = c.run(() -> Ch07.stepsToGeneralise(steps, accuracy, threshold));
        c.expectEqual(Grokking.stepsToGeneralise(steps, accuracy, threshold), got);
    }

    @Test
    @Points(1)
    void aGrokkingCurve() {
        check(new double[] {0, 1, 10, 100, 400, 800, 1600, 3000}, new double[] {0.02, 0.02, 0.01, 0.03, 0.2, 0.7, 0.97, 1.0}, 0.95);
    }

    @Test
    @Points(1)
    void theMarkItselfCounts() {
        check(new double[] {0, 50, 100}, new double[] {0.5, 0.95, 0.99}, 0.95);
    }

    @Test
    @Points(1)
    void aRunThatNeverGeneralised() {
        check(new double[] {0, 10, 100, 1000}, new double[] {0.0, 0.05, 0.3, 0.6}, 0.95);
    }
}
