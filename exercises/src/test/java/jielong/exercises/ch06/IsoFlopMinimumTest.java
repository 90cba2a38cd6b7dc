package jielong.exercises.ch06;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.course.scaling.IsoFlop;
import jielong.course.scaling.ScalingLesson;
import jielong.experiment.RunResult;
import jielong.experiment.RunSpec;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

/** The learner's IsoFLOP bottom against the toolkit's, on runs shaped like lesson 06's sweep. */
@Exercise(value = 4, title = "the bottom of an IsoFLOP curve")
class IsoFlopMinimumTest {
    /** Runs of the lesson's widths, each with its loss, and the toolkit's answer for them. */
    private static void check(String what, int[] widths, double[] loss) {
        List<RunResult> runs = new ArrayList<>();
        double[] n = new double[widths.length];
        for (int i = 0; i < widths.length; i++) {
            RunSpec spec = RunSpec.of(ScalingLesson.shape(widths[i]), 1_000_000, 16, 1e-3f, 1);
            runs.add(new RunResult(spec, loss[i], loss[i], 0, List.of()));
            n[i] = spec.parameters();
        }
        double want = IsoFlop.of(runs).bestParameters();
        Case c = Case.of("isoFlopMinimum(parameters, loss)").input("curve", what).input("parameters", n).input("loss", loss);
        double got = c.run(() -> Ch06.isoFlopMinimum(n, loss));
        if (Double.isNaN(want)) {
            c.expectThat(Double.isNaN(got), "this curve has no bottom among its runs, so NaN was expected; got " + got);
        } else {
            c.expectRelative(want, got, 1e-6);
        }
    }

    private static final int[] WIDTHS = {16, 24, 32, 48, 64, 96};

    @Test
    @Points(1)
    void findsTheBottomOfAnExactParabola() {
        double[] loss = new double[WIDTHS.length];
        double bestLogN = Math.log(40_000);
        for (int i = 0; i < WIDTHS.length; i++) {
            double x = Math.log(RunSpec.of(ScalingLesson.shape(WIDTHS[i]), 1_000_000, 16, 1e-3f, 1).parameters());
            loss[i] = 2.4 + 0.05 * (x - bestLogN) * (x - bestLogN);
        }
        check("2.4 + 0.05·(ln N − ln 40,000)², exactly", WIDTHS, loss);
        check("the same, three runs only", new int[] {16, 48, 96}, new double[] {loss[0], loss[3], loss[5]});
    }

    @Test
    @Points(2)
    void leastSquaresThroughNoisyRuns() {
        Random rng = new Random(6);
        for (int trial = 0; trial < 5; trial++) {
            double[] loss = new double[WIDTHS.length];
            double bestLogN = Math.log(15_000 + 10_000 * trial);
            for (int i = 0; i < WIDTHS.length; i++) {
                double x = Math.log(RunSpec.of(ScalingLesson.shape(WIDTHS[i]), 1_000_000, 16, 1e-3f, 1).parameters());
                loss[i] = 2.6 + 0.04 * (x - bestLogN) * (x - bestLogN) + 0.01 * rng.nextGaussian();
            }
            check("a parabola in ln N with noise, seed 6, trial " + trial, WIDTHS, loss);
        }
    }

    @Test
    @Points(1)
    void noBottomAmongTheRunsIsNaN() {
        check("loss falling all the way: the bottom lies beyond the largest model", WIDTHS, new double[] {3.4, 3.1, 2.9, 2.75, 2.66, 2.6});
        check("a curve that opens downwards", new int[] {16, 32, 64}, new double[] {2.5, 2.7, 2.5});
        check("two runs are not a curve", new int[] {16, 32}, new double[] {2.5, 2.4});
    }
}
