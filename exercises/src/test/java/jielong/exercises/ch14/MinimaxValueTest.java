package jielong.exercises.ch14;

import jielong.games.Minimax;
import jielong.games.TicTacToe;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "minimax, the perfect player")
class MinimaxValueTest {
    private static void check(String board) {
        int want = Minimax.value(TicTacToe.of(board));
        Case c = Case.of("minimaxValue(\"" + board + "\")").input("board", board);
        c.expectEqual(want, c.run(() -> Ch14.minimaxValue(board)));
    }

    @Test
    @Points(1)
    void finishedGamesAndOneMoveToWin() {
        check("XXXOO....");  // O to move, X has a line: −1
        check("XOXXOOOXX");  // a full board, no line: 0
        check("XX.OO....");  // X wins at once: +1
    }

    @Test
    @Points(1)
    void positionsThatNeedLookingAhead() {
        check("X.O......");  // X forces a win
        check("X...O...X");  // O draws only with an edge
        check("XO.......");  // X forces a win after O's edge
    }

    @Test
    @Points(1)
    void theEmptyBoardAndEveryPositionAfterFourMarks() {
        check(".........");
        for (TicTacToe p : TicTacToe.reachable()) if (p.placed() == 4) check(p.compact());
    }
}
