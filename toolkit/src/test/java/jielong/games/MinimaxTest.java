package jielong.games;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Minimax never loses, against every opponent sequence; it draws itself; its values match positions solved by hand. */
class MinimaxTest {
    @Test
    void neverLosesAgainstAnyOpponentLineOnEitherSide() {
        for (int side : new int[] {TicTacToe.X, TicTacToe.O}) {
            Exhaustive.Outcomes o = Exhaustive.against(Minimax::bestMoves, side);
            assertEquals(0, o.losses(), "minimax as " + TicTacToe.name(side) + " lost the line " + o.firstLoss());
            assertTrue(o.wins() > 0 && o.lines() > 1000, o.toString());
        }
    }

    @Test
    void minimaxAgainstMinimaxDrawsEveryGame() {
        int[] lines = new int[1];
        walkBothPerfect(TicTacToe.start(), lines);
        assertTrue(lines[0] > 100, "lines explored: " + lines[0]);
    }

    /** Both sides follow every one of their best moves; every game must end drawn. */
    private static void walkBothPerfect(TicTacToe p, int[] lines) {
        if (p.isOver()) {
            assertEquals(TicTacToe.EMPTY, p.winner(), "a game between perfect players was won:\n" + p);
            lines[0]++;
            return;
        }
        for (int m : Minimax.bestMoves(p)) walkBothPerfect(p.play(m), lines);
    }

    @Test
    void valuesOfPositionsSolvedByHand() {
        assertEquals(0, Minimax.value(TicTacToe.start()));
        assertEquals(9, TicTacToe.start().legalMoves().length);
        assertEquals(9, Minimax.optimalMoves(TicTacToe.start()).length, "every first move draws with perfect play");
        // X to move with two in the top row: wins at once (5 marks on the board after the win: score 10 - 5)
        TicTacToe win = TicTacToe.of("XX. OO. ...");
        assertEquals(5, Minimax.score(win));
        assertArrayEquals(new int[] {2}, Minimax.bestMoves(win));
        // X in opposite corners, O in the centre: O draws only with an edge; a corner lets X fork
        TicTacToe opposite = TicTacToe.of("X.. .O. ..X");
        assertEquals(0, Minimax.value(opposite));
        assertArrayEquals(new int[] {1, 3, 5, 7}, Minimax.optimalMoves(opposite));
        assertEquals(1, Minimax.value(opposite.play(2)), "after O's corner, X (to move) forces a win");
        // O answering a corner with anything but the centre loses
        TicTacToe corner = TicTacToe.start().play(0);
        assertEquals(1, Minimax.value(corner.play(1)));
        assertEquals(0, Minimax.value(corner.play(4)));
        assertArrayEquals(new int[] {4}, Minimax.optimalMoves(corner));
    }

    @Test
    void aFinishedGameHasNoMove() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Minimax.bestMoves(TicTacToe.of("XXX OO. ..."))).getMessage().contains("over"));
    }
}
