package jielong.exercises.ch09;

import java.util.Random;

import jielong.calibration.GoodTuring;
import jielong.data.Mentions;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "the Good-Turing estimate")
class GoodTuringTest {
    private static void check(int[] counts, double want) {
        Case c = Case.of("goodTuringMissingMass(counts)").input("counts", counts);
        c.expectClose(want, c.run(() -> Ch09.goodTuringMissingMass(counts)), 1e-12);
    }

    @Test
    @Points(1)
    void sixThingsByHand() {
        check(new int[] {1, 1, 2, 3, 5}, 2.0 / 12);
        check(new int[] {4, 4}, 0);
    }

    @Test
    @Points(1)
    void thingsNeverSeenCountForNothing() {
        check(new int[] {0, 1, 0, 0, 3}, 1.0 / 4);
        int[] zipf = Mentions.zipf(new Random(2), 2000, 2, 40);
        check(zipf, GoodTuring.missingMass(zipf));
    }
}
