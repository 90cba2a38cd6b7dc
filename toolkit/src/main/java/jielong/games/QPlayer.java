package jielong.games;

import java.util.Random;

import jielong.rl.QTable;

/** Plays the greedy move of a Q-table over position codes (a position never seen: the lowest empty square). */
public final class QPlayer implements Player {
    private final QTable q;

    /** A player reading this table (it keeps reading it as the table learns). */
    public QPlayer(QTable q) {
        if (q.actions() != 9) throw new IllegalArgumentException("a tic-tac-toe Q-table has 9 actions (the squares), this one has " + q.actions());
        this.q = q;
    }

    @Override
    public int move(TicTacToe position, Random rng) {
        return q.greedy(position.code(), position.legalMoves());
    }
}
