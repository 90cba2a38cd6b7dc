package jielong.games;

import java.util.Random;

import jielong.rl.Environment;

/**
 * Tic-tac-toe as a learner's environment: the learner plays one side, a fixed opponent the other
 * and answers each move at once. The state is the position's code ({@link TicTacToe#code()}) with
 * the learner to move; rewards are +1 for a win, −1 for a loss, 0 for a draw and every other step.
 * With {@code side} EMPTY the learner plays X and O in turn, one episode each.
 */
public final class TicTacToeEnv implements Environment {
    private final Player opponent;
    private final int side;
    private int episodes;
    private int learner;
    private TicTacToe position;

    /** The learner as {@code side} (X, O, or EMPTY to alternate) against {@code opponent}. */
    public TicTacToeEnv(Player opponent, int side) {
        if (side != TicTacToe.X && side != TicTacToe.O && side != TicTacToe.EMPTY) {
            throw new IllegalArgumentException("side is TicTacToe.X, TicTacToe.O or TicTacToe.EMPTY (both in turn), got " + side);
        }
        this.opponent = opponent;
        this.side = side;
    }

    @Override
    public long reset(Random rng) {
        learner = side != TicTacToe.EMPTY ? side : episodes % 2 == 0 ? TicTacToe.X : TicTacToe.O;
        episodes++;
        position = TicTacToe.start();
        if (learner == TicTacToe.O) position = position.play(opponent.move(position, rng));
        return position.code();
    }

    @Override
    public int[] actions() {
        return position.legalMoves();
    }

    @Override
    public Step step(int action, Random rng) {
        position = position.play(action);
        if (position.isOver()) return new Step(position.code(), position.winner() == learner ? 1 : 0, true);
        position = position.play(opponent.move(position, rng));
        if (position.isOver()) return new Step(position.code(), position.winner() == TicTacToe.EMPTY ? 0 : -1, true);
        return new Step(position.code(), 0, false);
    }

    /** The side the learner plays in the current episode. */
    public int learner() {
        return learner;
    }
}
