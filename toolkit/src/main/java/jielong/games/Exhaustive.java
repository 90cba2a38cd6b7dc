package jielong.games;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A player against every sequence of opponent moves: the whole game tree below the empty board,
 * the player following its own choices, the opponent trying everything. What no sampled match can
 * prove, this does: that a player never loses.
 */
public final class Exhaustive {
    private Exhaustive() {}

    /**
     * Outcomes over every line of play.
     *
     * @param lines     complete games explored
     * @param wins      lines the player won
     * @param draws     drawn lines
     * @param losses    lines the player lost
     * @param firstLoss the squares of the first lost line, in the order played (empty when none)
     */
    public record Outcomes(int lines, int wins, int draws, int losses, List<Integer> firstLoss) {}

    /**
     * A deterministic player as {@code side} against every opponent sequence. A player that draws
     * a random number is refused: give every move it might make with {@link #against(Function, int)}.
     */
    public static Outcomes against(Player player, int side) {
        return against(p -> new int[] {player.move(p, NO_CHANCE)}, side);
    }

    /** A generator that refuses to be used: exhaustive play has no chance in it. */
    private static final Random NO_CHANCE = new Random() {
        @Override
        protected int next(int bits) {
            throw new IllegalArgumentException("this player draws random numbers, so one line per opponent sequence cannot stand for it;"
                    + " give every move it might make with Exhaustive.against(position -> moves, side)");
        }
    };

    /**
     * A player that may choose among several moves ({@code choices}: every move it might play, e.g.
     * {@link Minimax#bestMoves}) as {@code side}: each of its choices is followed as well.
     */
    public static Outcomes against(Function<TicTacToe, int[]> choices, int side) {
        if (side != TicTacToe.X && side != TicTacToe.O) throw new IllegalArgumentException("side is TicTacToe.X or TicTacToe.O, got " + side);
        int[] counts = new int[4];
        List<Integer> firstLoss = new ArrayList<>();
        walk(TicTacToe.start(), choices, side, counts, new ArrayList<>(), firstLoss);
        return new Outcomes(counts[0], counts[1], counts[2], counts[3], List.copyOf(firstLoss));
    }

    private static void walk(TicTacToe p, Function<TicTacToe, int[]> choices, int side, int[] counts, List<Integer> line,
                             List<Integer> firstLoss) {
        if (p.isOver()) {
            counts[0]++;
            int w = p.winner();
            if (w == side) counts[1]++;
            else if (w == TicTacToe.EMPTY) counts[2]++;
            else {
                counts[3]++;
                if (firstLoss.isEmpty()) firstLoss.addAll(line);
            }
            return;
        }
        int[] moves = p.toMove() == side ? choices.apply(p) : p.legalMoves();
        for (int m : moves) {
            line.add(m);
            walk(p.play(m), choices, side, counts, line, firstLoss);
            line.remove(line.size() - 1);
        }
    }
}
