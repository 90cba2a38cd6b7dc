package jielong.exercises.ch19;

import java.util.List;
import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.synthetic.TailMass;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "the rare characters' mass")
class TailMassTest {
    private static void check(long[] counts, double share, int[][] texts, double want) {
        Case c = Case.of("tailMass(referenceCounts, " + share + ", texts)").input("referenceCounts", counts).input("texts", texts);
        c.expectClose(want, c.run(() -> Ch19.tailMass(counts, share, texts)), 1e-12);
    }

    @Test
    @Points(1)
    void byHand() {
        long[] counts = {6, 2, 1, 1, 0}; // tail within 20%: tokens 2 and 3; within 15%: token 2 only (the lower id)
        check(counts, 0.2, new int[][] {{2, 2}, {3, 0, 4}}, 3.0 / 5);
        check(counts, 0.15, new int[][] {{2, 2}, {3, 0, 4}}, 2.0 / 5);
        check(counts, 0.2, new int[][] {{4, 4, 0}}, 0); // token 4 was never in the reference: not in the tail
        check(counts, 0.2, new int[][] {}, 0);
    }

    @Test
    @Points(1)
    void onRandomCounts() {
        Random rng = new Random(8);
        long[] counts = new long[50];
        for (int i = 0; i < counts.length; i++) counts[i] = rng.nextInt(3) == 0 ? 0 : 1 + (long) Math.pow(rng.nextInt(30), 2);
        int[][] texts = new int[20][15];
        for (int[] t : texts) for (int k = 0; k < t.length; k++) t[k] = rng.nextInt(50);
        for (double share : new double[] {0.05, 0.1, 0.3}) {
            check(counts, share, texts, TailMass.of(List.of(texts), TailMass.rare(counts, share)));
        }
    }
}
