package jielong.exercises.ch14;

import jielong.games.TicTacToe;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "a rule that blocks a win")
class BlockTest {
    /** The reference: the lowest empty square where the opponent of the side to move has two in a line. */
    static int reference(TicTacToe p) {
        int them = TicTacToe.other(p.toMove()), best = -1;
        for (int[] line : TicTacToe.LINES) {
            int theirs = 0, empty = -1;
            for (int s : line) {
                if (p.at(s) == them) theirs++;
                else if (p.at(s) == TicTacToe.EMPTY) empty = s;
            }
            if (theirs == 2 && empty >= 0 && (best < 0 || empty < best)) best = empty;
        }
        return best;
    }

    private static void check(String board, int want) {
        Case c = Case.of("blockingSquare(\"" + board + "\")").input("board", board);
        c.expectEqual(want, c.run(() -> Ch14.blockingSquare(board)));
    }

    @Test
    @Points(1)
    void blocksTheOneThreat() {
        check("XX.O.....", 2);   // O to move: X threatens the top row
        check("O...O.XX.", 8);   // X to move: O threatens the diagonal at 8
        check("X........", -1);  // nothing to block
    }

    @Test
    @Points(1)
    void theLowestOfSeveralAndOnlyTheOpponentsLines() {
        check("XX.XO.O..", 2);   // O to move: X threatens 2 (top row) and 6 is taken; 0-3-6 is blocked
        check("OO.XX....", 2);   // X to move: block O at 2, not complete its own row at 5
        for (TicTacToe p : TicTacToe.reachable()) {
            if (!p.isOver() && p.placed() % 3 == 1) check(p.compact(), reference(p));
        }
    }
}
