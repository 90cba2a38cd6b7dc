package jielong.exercises.ch04;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.train.TrainConfig;

@Exercise(value = 2, title = "warm-up and cosine decay")
class LearningRateTest {
    /** The trainer's own schedule: peak 1e-3, floor 1e-4, 100 steps of warm-up, 2000 steps. */
    static final TrainConfig CONFIG = TrainConfig.defaults();

    private static void check(int... steps) {
        for (int step : steps) {
            Case c = Case.of("learningRate(" + step + ", 1e-3, 1e-4, 100, 2000)");
            double got = c.run(() -> Ch04.learningRate(step, CONFIG.learningRate(), CONFIG.minLearningRate(),
                    CONFIG.warmupIters(), CONFIG.iters()));
            c.expectClose(CONFIG.learningRateAt(step), got, 1e-9);
        }
    }

    @Test
    @Points(1)
    void warmUpRisesLinearly() {
        check(1, 50, 100);
    }

    @Test
    @Points(1)
    void cosineDecayReachesTheFloor() {
        check(101, 1050, 1999, 2000);
    }

    @Test
    @Points(1)
    void staysAtTheFloorAfterTheEnd() {
        check(2500);
    }
}
