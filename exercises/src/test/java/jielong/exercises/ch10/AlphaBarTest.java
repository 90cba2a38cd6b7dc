package jielong.exercises.ch10;

import jielong.diffusion.NoiseSchedule;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "ᾱ_t from a β schedule")
class AlphaBarTest {
    /** The toolkit's schedule is the reference. */
    private static void check(NoiseSchedule s) {
        double[] betas = s.betas();
        double[] want = new double[betas.length];
        for (int t = 1; t <= betas.length; t++) want[t - 1] = s.alphaBar(t);
        Case c = Case.of("alphaBars(betas), T = " + betas.length).input("betas", betas);
        c.expectDoubles(want, c.run(() -> Ch10.alphaBars(betas)), 1e-12);
    }

    @Test
    @Points(1)
    void aScheduleByHand() {
        Case c = Case.of("alphaBars({0.5, 0.5, 0.2})");
        c.expectDoubles(new double[] {0.5, 0.25, 0.2}, c.run(() -> Ch10.alphaBars(new double[] {0.5, 0.5, 0.2})), 1e-12);
    }

    @Test
    @Points(1)
    void theLessonsSchedules() {
        check(NoiseSchedule.linear(10, 1e-4, 0.02));
        check(NoiseSchedule.linear(50, 1e-4, 0.02));
        check(NoiseSchedule.linear(200, 1e-4, 0.02));
    }

    @Test
    @Points(1)
    void ddpmsThousandSteps() {
        check(NoiseSchedule.linear(1000, 1e-4, 0.02)); // ᾱ_1000 ≈ 4e-5: the product must not be lost
    }
}
