package jielong.course.schools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import jielong.games.Minimax;
import jielong.games.TicTacToe;

/**
 * The connectionist school's data: every position where a move is due (4,520 of the 5,478
 * reachable ones), each labelled by minimax with all its perfect moves, shuffled once by a seed
 * and split into a pool to train on and positions held out to test on.
 */
public final class MoveData {
    /** A position and the moves that keep its game value. */
    public record Example(TicTacToe position, int[] perfect) {
        /** True when {@code square} is one of the perfect moves. */
        public boolean isPerfect(int square) {
            for (int m : perfect) if (m == square) return true;
            return false;
        }
    }

    private final List<Example> pool, test;

    /** All positions to move, labelled; {@code testShare} of them (0 to 1) held out, chosen by {@code seed}. */
    public MoveData(double testShare, long seed) {
        if (!(testShare > 0 && testShare < 1)) throw new IllegalArgumentException("the test share is between 0 and 1 (exclusive), got " + testShare);
        List<Example> all = new ArrayList<>();
        for (TicTacToe p : TicTacToe.reachable()) if (!p.isOver()) all.add(new Example(p, Minimax.optimalMoves(p)));
        Collections.shuffle(all, new Random(seed));
        int t = (int) Math.round(all.size() * testShare);
        test = List.copyOf(all.subList(0, t));
        pool = List.copyOf(all.subList(t, all.size()));
    }

    /** The first {@code n} positions of the training pool (the same ones for the same seed, nested as n grows). */
    public List<Example> train(int n) {
        if (n < 1 || n > pool.size()) throw new IllegalArgumentException("the training pool holds 1 to " + pool.size() + " positions; asked for " + n);
        return pool.subList(0, n);
    }

    /** The whole training pool. */
    public List<Example> pool() {
        return pool;
    }

    /** Share of these positions (0 to 1) in which a legal move drawn uniformly is perfect, on average: the score of a guess. */
    public static double guessRate(List<Example> examples) {
        return examples.stream().mapToDouble(e -> (double) e.perfect().length / e.position().legalMoves().length).average().orElse(Double.NaN);
    }

    /** Positions never trained on. */
    public List<Example> test() {
        return test;
    }
}
