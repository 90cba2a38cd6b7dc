package jielong.exercises.ch14;

import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.rl.QTable;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "an ε-greedy choice")
class EpsilonGreedyTest {
    @Test
    @Points(1)
    void greedyWhenEpsilonIsZero() {
        double[] q = {0.1, 0.7, 0.7, -1, 0.9};
        int[] allowed = {0, 1, 2, 3};
        Case c = Case.of("epsilonGreedy(q = {0.1, 0.7, 0.7, -1, 0.9}, allowed = {0, 1, 2, 3}, ε = 0, rng)");
        c.expectEqual(1, c.run(() -> Ch14.epsilonGreedy(q, allowed, 0, new Random(1))));
        Case d = Case.of("epsilonGreedy(q = {0.1, 0.7, 0.7, -1, 0.9}, allowed = {4, 3}, ε = 0, rng)");
        d.expectEqual(4, d.run(() -> Ch14.epsilonGreedy(q, new int[] {4, 3}, 0, new Random(1))));
    }

    @Test
    @Points(1)
    void exploresAtTheRateAsked() {
        double[] q = {0, 0, 1, 0};
        int[] allowed = {0, 1, 2, 3};
        Random rng = new Random(5);
        int greedy = 0, n = 20_000;
        for (int i = 0; i < n; i++) if (Ch14.epsilonGreedy(q, allowed, 0.4, rng) == 2) greedy++;
        Case c = Case.of("share of action 2 in 20,000 calls of epsilonGreedy(q = {0, 0, 1, 0}, all allowed, ε = 0.4)");
        c.expectClose(0.6 + 0.4 / 4, (double) greedy / n, 0.015);
    }

    @Test
    @Points(1)
    void drawsFromTheGeneratorAsSpecified() {
        QTable table = new QTable(9, 0);
        double[] q = new double[9];
        Random values = new Random(8);
        for (int a = 0; a < 9; a++) {
            q[a] = Math.round(values.nextDouble() * 4) / 4.0; // ties on purpose
            table.set(0, a, q[a]);
        }
        int[] allowed = {8, 6, 5, 3, 2, 0};
        Random mine = new Random(21), ref = new Random(21);
        int[] got = new int[200], want = new int[200];
        for (int i = 0; i < 200; i++) {
            got[i] = Ch14.epsilonGreedy(q, allowed, 0.3, mine);
            want[i] = table.epsilonGreedy(0, allowed, 0.3, ref);
        }
        Case c = Case.of("200 calls of epsilonGreedy(q, allowed = {8, 6, 5, 3, 2, 0}, ε = 0.3, new Random(21))");
        c.expectInts(want, got);
    }
}
