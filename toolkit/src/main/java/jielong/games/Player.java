package jielong.games;

import java.util.Random;

/**
 * Something that chooses a tic-tac-toe move: a rule system, a search, a network, a Q-table. Random
 * choices come only from the generator given, so a seeded match is repeatable.
 */
@FunctionalInterface
public interface Player {
    /** A legal square for the side to move in a position that is not over. */
    int move(TicTacToe position, Random rng);

    /** Picks uniformly among the legal moves. */
    static Player random() {
        return (p, rng) -> {
            int[] m = p.legalMoves();
            return m[rng.nextInt(m.length)];
        };
    }
}
