package jielong.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Random play against the exact probabilities, computed here by summing over the whole game tree. */
class MatchTest {
    /** {P(X wins), P(O wins), P(draw)} when both sides pick uniformly among legal moves. */
    private static double[] exact(TicTacToe p) {
        if (p.isOver()) {
            return new double[] {p.winner() == TicTacToe.X ? 1 : 0, p.winner() == TicTacToe.O ? 1 : 0, p.winner() == TicTacToe.EMPTY ? 1 : 0};
        }
        int[] moves = p.legalMoves();
        double[] sum = new double[3];
        for (int m : moves) {
            double[] c = exact(p.play(m));
            for (int i = 0; i < 3; i++) sum[i] += c[i] / moves.length;
        }
        return sum;
    }

    @Test
    void randomAgainstRandomMatchesTheExactOddsAndTheReferencePoint() {
        double[] p = exact(TicTacToe.start());
        assertEquals(0.5849, p[0], 5e-5);
        assertEquals(0.2881, p[1], 5e-5);
        assertEquals(0.1270, p[2], 5e-5);
        Match.Tally t = Match.series(Player.random(), Player.random(), 100_000, 1);
        assertEquals(100_000, t.games());
        // 100,000 games: one standard error is at most 0.16 points; allow 4
        assertEquals(p[0], t.xWinRate(), 0.0064);
        assertEquals(p[1], t.oWinRate(), 0.0064);
        assertEquals(p[2], t.drawRate(), 0.0064);
        assertEquals(t, Match.series(Player.random(), Player.random(), 100_000, 1), "same seed, same games");
    }

    @Test
    void aRecordCountsBothSeatsFromThePlayersSide() {
        Match.Record r = Match.record(new Minimax(), Player.random(), 500, 5);
        assertEquals(1000, r.games());
        assertEquals(0, r.losses());
        assertTrue(r.winRate() > 0.8, "minimax wins most games against random: " + r);
    }

    @Test
    void anIllegalMoveIsReportedWithThePosition() {
        Player cheat = (p, rng) -> 4;
        String msg = assertThrows(IllegalStateException.class, () -> Match.play(cheat, cheat, new java.util.Random(1))).getMessage();
        assertTrue(msg.contains("square 4") && msg.contains("not a legal move"), msg);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Match.series(cheat, cheat, 0, 1)).getMessage().contains("at least one game"));
    }
}
