package jielong.games;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The perfect tic-tac-toe player: searches the whole game tree (negamax: a position is worth to the
 * side to move the best of minus what each move leaves to the opponent). Scores prefer a quick win
 * and a late loss: a win after the k-th mark scores 10 − k, a draw 0. Every reachable position
 * is scored once, then looked up.
 */
public final class Minimax implements Player {
    private static final Map<Integer, Integer> SCORES = new HashMap<>();

    /** Plays uniformly among the moves with the best score (a quickest win, else a draw, else the longest defence). */
    @Override
    public int move(TicTacToe position, Random rng) {
        int[] best = bestMoves(position);
        return best.length == 1 ? best[0] : best[rng.nextInt(best.length)];
    }

    /**
     * The score of a position for the side to move: positive when it can force a win (10 − the
     * number of marks on the board when the game is won), 0 a draw, negative a forced loss.
     */
    public static int score(TicTacToe p) {
        synchronized (SCORES) {
            return negamax(p);
        }
    }

    /** The game's value with perfect play for the side to move: +1 a forced win, 0 a draw, −1 a forced loss. */
    public static int value(TicTacToe p) {
        return Integer.signum(score(p));
    }

    /** The moves with the best score, in increasing order. */
    public static int[] bestMoves(TicTacToe p) {
        int[] moves = requireMoves(p);
        int best = Integer.MIN_VALUE;
        int[] out = new int[moves.length];
        int k = 0;
        for (int m : moves) {
            int s = -score(p.play(m));
            if (s > best) {
                best = s;
                k = 0;
            }
            if (s == best) out[k++] = m;
        }
        return Arrays.copyOf(out, k);
    }

    /** The moves that keep the game's value (a win stays a win, a draw a draw): every move perfect play allows. */
    public static int[] optimalMoves(TicTacToe p) {
        int[] moves = requireMoves(p);
        int v = value(p);
        return Arrays.stream(moves).filter(m -> -value(p.play(m)) == v).toArray();
    }

    private static int[] requireMoves(TicTacToe p) {
        if (p.isOver()) throw new IllegalArgumentException("the game is over, there is no move to choose:\n" + p);
        return p.legalMoves();
    }

    private static int negamax(TicTacToe p) {
        Integer known = SCORES.get(p.code());
        if (known != null) return known;
        int s;
        if (p.winner() != TicTacToe.EMPTY) s = -(10 - p.placed()); // the side that just moved has won
        else if (p.placed() == 9) s = 0;
        else {
            s = Integer.MIN_VALUE;
            for (int m : p.legalMoves()) s = Math.max(s, -negamax(p.play(m)));
        }
        SCORES.put(p.code(), s);
        return s;
    }
}
