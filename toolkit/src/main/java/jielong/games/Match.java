package jielong.games;

import java.util.Random;

/** Games between two players: one game move by move, or a series with the wins and draws counted. */
public final class Match {
    private Match() {}

    /**
     * Wins, losses and draws of a series, counted from X's side: X is the player who moved first.
     *
     * @param xWins games won by the first player
     * @param oWins games won by the second player
     * @param draws games with no line
     */
    public record Tally(int xWins, int oWins, int draws) {
        /** Games in all. */
        public int games() {
            return xWins + oWins + draws;
        }

        /** Share of games the first player won (0 to 1). */
        public double xWinRate() {
            return (double) xWins / games();
        }

        /** Share of games the second player won (0 to 1). */
        public double oWinRate() {
            return (double) oWins / games();
        }

        /** Share of drawn games (0 to 1). */
        public double drawRate() {
            return (double) draws / games();
        }

        /** This tally and another added together. */
        public Tally plus(Tally t) {
            return new Tally(xWins + t.xWins, oWins + t.oWins, draws + t.draws);
        }
    }

    /**
     * One player's results against another, counted from that player's side over games in both seats.
     *
     * @param wins   games the player won
     * @param draws  drawn games
     * @param losses games the player lost
     */
    public record Record(int wins, int draws, int losses) {
        /** Games in all. */
        public int games() {
            return wins + draws + losses;
        }

        /** Share of games won (0 to 1). */
        public double winRate() {
            return (double) wins / games();
        }

        /** Share of games drawn (0 to 1). */
        public double drawRate() {
            return (double) draws / games();
        }

        /** Share of games lost (0 to 1). */
        public double lossRate() {
            return (double) losses / games();
        }
    }

    /**
     * {@code me} against {@code them}, {@code gamesPerSide} games moving first and as many moving
     * second (seeds {@code seed} and {@code seed + 1}).
     */
    public static Record record(Player me, Player them, int gamesPerSide, long seed) {
        Tally first = series(me, them, gamesPerSide, seed), second = series(them, me, gamesPerSide, seed + 1);
        return new Record(first.xWins() + second.oWins(), first.draws() + second.draws(), first.oWins() + second.xWins());
    }

    /** Plays one game from the empty board; returns the winner ({@link TicTacToe#X}, {@link TicTacToe#O}) or EMPTY for a draw. */
    public static int play(Player x, Player o, Random rng) {
        TicTacToe p = TicTacToe.start();
        while (!p.isOver()) {
            Player mover = p.toMove() == TicTacToe.X ? x : o;
            int square = mover.move(p, rng);
            if (square < 0 || square > 8 || p.at(square) != TicTacToe.EMPTY) {
                throw new IllegalStateException("the " + TicTacToe.name(p.toMove()) + " player chose square " + square
                        + ", which is not a legal move in\n" + p);
            }
            p = p.play(square);
        }
        return p.winner();
    }

    /** Plays {@code games} games, x moving first in every one, all random choices from one generator seeded by {@code seed}. */
    public static Tally series(Player x, Player o, int games, long seed) {
        if (games < 1) throw new IllegalArgumentException("a series needs at least one game, got " + games);
        Random rng = new Random(seed);
        int xw = 0, ow = 0, d = 0;
        for (int g = 0; g < games; g++) {
            int w = play(x, o, rng);
            if (w == TicTacToe.X) xw++;
            else if (w == TicTacToe.O) ow++;
            else d++;
        }
        return new Tally(xw, ow, d);
    }
}
