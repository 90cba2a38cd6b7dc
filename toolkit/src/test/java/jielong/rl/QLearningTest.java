package jielong.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The update against a hand computation, convergence on a corridor solved by hand, ε-greedy's odds, a saved table. */
class QLearningTest {
    @Test
    void oneUpdateMatchesTheHandComputation() {
        QTable q = new QTable(2, 0);
        q.set(7, 1, 0.5);
        q.set(8, 0, 0.8);
        q.set(8, 1, -0.2);
        // Q(7,1) = 0.5 + 0.1 · (1 + 0.9 · max(0.8, −0.2) − 0.5) = 0.5 + 0.1 · 1.22 = 0.622
        double v = new QLearning(0.1, 0.9, 0).update(q, 7, 1, new Environment.Step(8, 1, false), new int[] {0, 1});
        assertEquals(0.622, v, 1e-12);
        assertEquals(0.622, q.get(7, 1), 1e-12);
        // at the end of an episode the next state is worth nothing: 0.622 + 0.5 · (−1 − 0.622) = −0.189
        assertEquals(-0.189, new QLearning(0.5, 0.9, 0).update(q, 7, 1, new Environment.Step(8, -1, true), new int[0]), 1e-12);
        assertEquals(1 + 0.9 * 0.8, QLearning.target(1, 0.9, 0.8, false), 1e-12);
        assertEquals(1, QLearning.target(1, 0.9, 0.8, true), 1e-12);
    }

    /** States 0..4 in a row; action 1 moves right, 0 left (not past 0); reaching 4 pays 1 and ends. */
    static final class Corridor implements Environment {
        int at;

        @Override
        public long reset(Random rng) {
            at = 0;
            return at;
        }

        @Override
        public int[] actions() {
            return new int[] {0, 1};
        }

        @Override
        public Step step(int action, Random rng) {
            at = Math.max(0, at + (action == 1 ? 1 : -1));
            return new Step(at, at == 4 ? 1 : 0, at == 4);
        }
    }

    @Test
    void learnsTheCorridorsValuesSolvedByHand() {
        QTable q = new QTable(2, 0);
        QLearning learning = new QLearning(0.5, 0.9, 0.3);
        Random rng = new Random(1);
        for (int e = 0; e < 2000; e++) learning.episode(new Corridor(), q, rng);
        // the optimal values: right from s is worth 0.9^(3 − s); left from s>0 is 0.9 · right from s − 1
        for (int s = 0; s < 4; s++) {
            assertEquals(Math.pow(0.9, 3 - s), q.get(s, 1), 1e-3, "Q(" + s + ", right)");
            assertEquals(1, q.greedy(s, new int[] {0, 1}));
        }
        assertEquals(0.9 * Math.pow(0.9, 3 - 1), q.get(2, 0), 1e-3, "Q(2, left)");
    }

    @Test
    void epsilonGreedyExploresAtTheRateAsked() {
        QTable q = new QTable(4, 0);
        q.set(0, 2, 1);
        int[] allowed = {0, 1, 2, 3};
        Random rng = new Random(9);
        int greedy = 0, n = 40_000;
        for (int i = 0; i < n; i++) if (q.epsilonGreedy(0, allowed, 0.2, rng) == 2) greedy++;
        // 0.8 greedy + 0.2 · 1/4 explored onto the greedy action = 0.85; standard error 0.0018
        assertEquals(0.85, (double) greedy / n, 0.008);
        assertEquals(2, q.epsilonGreedy(0, allowed, 0, rng));
        assertEquals(0, q.greedy(5, allowed), "ties (an unseen state) go to the lowest action");
        q.set(0, 3, 0.5);
        assertEquals(3, q.greedy(0, new int[] {3, 1}), "only allowed actions count");
    }

    @Test
    void aSavedTableLoadsTheSame(@TempDir Path dir) throws Exception {
        QTable q = new QTable(3, 0.25);
        q.set(12345, 2, -0.1234567890123);
        q.set(7, 0, 1e-9);
        Path f = dir.resolve("t.qtable");
        q.save(f);
        QTable back = QTable.load(f);
        assertEquals(q.stateList(), back.stateList());
        for (long s : q.stateList()) for (int a = 0; a < 3; a++) assertEquals(q.get(s, a), back.get(s, a));
        assertEquals(0.25, back.get(999, 1));
        Files.writeString(f, "qtable 3 0.0\n1 0.5\n");
        assertTrue(assertThrows(java.io.IOException.class, () -> QTable.load(f)).getMessage().contains("truncated"));
    }

    @Test
    void badSettingsGetClearMessages() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new QLearning(0, 0.9, 0.1)).getMessage().contains("α"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new QLearning(0.1, 1.5, 0.1)).getMessage().contains("γ"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new QLearning(0.1, 0.9, Double.NaN)).getMessage().contains("ε"));
        QTable q = new QTable(2, 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> q.get(0, 2)).getMessage().contains("0 to 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> q.set(0, 0, Double.NaN)).getMessage().contains("diverged"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> q.greedy(0, new int[0])).getMessage().contains("no action"));
    }
}
