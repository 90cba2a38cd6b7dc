package jielong.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The board: its rules, its codes, every reachable position counted, and the messages for bad input. */
class TicTacToeTest {
    @Test
    void reachablePositionsAreTheKnown5478WithTheKnownEndings() {
        List<TicTacToe> all = TicTacToe.reachable();
        assertEquals(5478, all.size());
        assertEquals(5478, new HashSet<>(all).size());
        // 958 positions end a game: X has a line in 626, O in 316, and 16 are full boards without a line
        assertEquals(626, all.stream().filter(p -> p.winner() == TicTacToe.X).count());
        assertEquals(316, all.stream().filter(p -> p.winner() == TicTacToe.O).count());
        assertEquals(16, all.stream().filter(p -> p.isOver() && p.winner() == TicTacToe.EMPTY).count());
    }

    @Test
    void codesRoundTripAndTextParses() {
        for (TicTacToe p : TicTacToe.reachable()) {
            assertEquals(p, TicTacToe.fromCode(p.code()));
            assertEquals(p, TicTacToe.of(p.compact()));
        }
        TicTacToe p = TicTacToe.of("XO. .X. ..O");
        assertEquals(TicTacToe.X, p.at(0));
        assertEquals(TicTacToe.O, p.at(1));
        assertEquals(TicTacToe.X, p.toMove());
        assertEquals("X O .\n. X .\n. . O", p.toString());
        assertEquals(1 + 2 * 3 + 1 * 81 + 2 * 6561, p.code());
    }

    @Test
    void playingFollowsTheRules() {
        TicTacToe p = TicTacToe.of("XX. OO. ...");
        assertEquals(TicTacToe.X, p.play(2).winner());
        assertTrue(p.play(2).isOver());
        assertEquals(0, p.play(2).legalMoves().length);
        TicTacToe full = TicTacToe.of("XOX XOO OXX");
        assertTrue(full.isOver());
        assertEquals(TicTacToe.EMPTY, full.winner());
        // every game of random moves ends within 9 moves with a consistent winner
        Random rng = new Random(3);
        for (int g = 0; g < 1000; g++) {
            TicTacToe q = TicTacToe.start();
            Set<Integer> played = new HashSet<>();
            while (!q.isOver()) {
                int[] m = q.legalMoves();
                int s = m[rng.nextInt(m.length)];
                assertTrue(played.add(s));
                q = q.play(s);
            }
            assertTrue(q.placed() >= 5 && q.placed() <= 9);
        }
    }

    @Test
    void badInputGetsAClearMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TicTacToe.of("XO")).getMessage().contains("9 squares"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TicTacToe.of("XXX ... ...")).getMessage().contains("3 X and 0 O"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TicTacToe.of("XXX OOO X.."))
                .getMessage().contains("both X and O have a line"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TicTacToe.of("XQ. ... ...")).getMessage().contains("'Q'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TicTacToe.start().play(9)).getMessage().contains("0 to 8"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TicTacToe.start().play(4).play(4)).getMessage().contains("already holds X"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TicTacToe.of("XXX OO. ...").play(8)).getMessage().contains("X won"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TicTacToe.fromCode(-1)).getMessage().contains("19,682"));
    }
}
