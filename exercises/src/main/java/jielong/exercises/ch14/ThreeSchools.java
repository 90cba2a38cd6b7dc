package jielong.exercises.ch14;

import java.util.Random;

/**
 * Exercises of notebook 14, the three schools of AI: a rule that blocks, the search that plays
 * perfectly, and the two pieces of Q-learning, the update and the ε-greedy choice. A board is nine
 * characters row by row, 'X', 'O' or '.', squares numbered 0 (top left) to 8; X moves first, so X
 * is to move when both have as many marks.
 */
public final class ThreeSchools {
    private ThreeSchools() {}

    /**
     * Exercise 1: the rule "block". The square where the opponent of the side to move would
     * complete a line (two of their marks and an empty third square on one of the eight lines),
     * the lowest such square when there are several, or −1 when there is none.
     */
    public static int blockingSquare(String board) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 14, exercise 1");
    }

    /**
     * Exercise 2: one Q-learning update. Given the old value Q(s, a), the learning rate α, the reward
     * r, the discount γ and the largest value of the next state max Q(s', ·), return the new value
     * Q(s, a) + α (r + γ max Q(s', ·) − Q(s, a)); when {@code done} (the step ended the episode) the
     * next state is worth nothing and the target is r alone.
     */
    public static double qUpdate(double q, double alpha, double reward, double gamma, double nextMax, boolean done) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 14, exercise 2");
    }

    /**
     * Exercise 3: the ε-greedy choice among the {@code allowed} actions, whose values are
     * {@code q[action]}. Draw {@code u = rng.nextDouble()}; if u < ε, return
     * {@code allowed[rng.nextInt(allowed.length)]}; otherwise (drawing nothing more) return the allowed
     * action of the largest value, the lowest-numbered among equals.
     */
    public static int epsilonGreedy(double[] q, int[] allowed, double epsilon, Random rng) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 14, exercise 3");
    }

    /**
     * Exercise 4: minimax, the perfect player's search. The value of a position for the side to move
     * with perfect play on both sides: +1 if it can force a win, 0 a draw, −1 if the opponent can
     * force a win. A finished game is −1 for the side to move when the other side has a line, 0 when
     * the board is full. Otherwise: the best, over the empty squares, of minus the value of the
     * position after marking it (negamax).
     */
    public static int minimaxValue(String board) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 14, exercise 4");
    }
}
