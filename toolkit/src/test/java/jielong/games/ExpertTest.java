package jielong.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The expert system: never loses against any line, prefers win to block, and says which rule chose a move. */
class ExpertTest {
    private final Expert expert = new Expert();

    @Test
    void neverLosesAgainstAnyOpponentLine() {
        for (int side : new int[] {TicTacToe.X, TicTacToe.O}) {
            Exhaustive.Outcomes o = Exhaustive.against(expert, side);
            assertEquals(0, o.losses(), "the expert as " + TicTacToe.name(side) + " lost the line " + o.firstLoss());
        }
    }

    @Test
    void offItsOwnPathItSometimesErrs() {
        int dropped = 0, missed = 0;
        for (TicTacToe p : TicTacToe.reachable()) {
            if (p.isOver()) continue;
            int m = expert.move(p, null);
            int before = Minimax.value(p), after = -Minimax.value(p.play(m));
            if (after < Math.min(before, 0)) dropped++;
            if (before == 1 && after == 0) missed++;
        }
        // measured: the rules see forks one move deep, so in positions their own games never reach
        // (the opponent's marks placed by someone else) a few draws are lost and some wins are missed
        assertEquals(5, dropped, "positions where the rules turn a draw into a loss");
        assertEquals(36, missed, "positions where the rules let a forced win go");
        TicTacToe p = TicTacToe.of("X.O ... ...");
        assertEquals(1, Minimax.value(p));
        assertEquals(0, -Minimax.value(p.play(expert.move(p, null))), "X . O: a forced win for X that the rules only draw");
    }

    @Test
    void winBeatsBlockAndTheExplanationNamesTheRule() {
        TicTacToe p = TicTacToe.of("XX. OO. X..");  // O to move: O can win at 5, X threatens 2
        Expert.Decision d = expert.decide(p);
        assertEquals(5, d.square());
        assertEquals("win", d.rule());
        assertTrue(d.explanation().contains("canWin(O, 5)") && d.explanation().contains("two in a line"), d.explanation());
        Expert.Decision block = expert.decide(TicTacToe.of("XX. O.. ..."));
        assertEquals(2, block.square());
        assertEquals("block", block.rule());
        assertTrue(block.explanation().contains("mark(0, X), mark(1, X), empty(2)"), block.explanation());
    }

    @Test
    void certainOnlyWhenWinOrBlockFires() {
        assertNull(expert.certain(TicTacToe.start()));
        assertEquals(2, expert.certain(TicTacToe.of("XX. O.. ...")).square());
        assertEquals("centre", expert.decide(TicTacToe.start().play(0)).rule());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> expert.decide(TicTacToe.of("XXX OO. ..."))).getMessage().contains("over"));
    }
}
