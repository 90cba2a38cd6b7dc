package jielong.course.schools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import jielong.games.Match;
import jielong.games.Minimax;
import jielong.games.Player;
import jielong.games.QPlayer;
import jielong.games.TicTacToe;
import jielong.games.TicTacToeEnv;
import jielong.rl.QLearning;
import jielong.rl.QTable;

/**
 * One Q-learning run on tic-tac-toe, playing X and O in turn against an opponent, with its learning
 * curve: every {@code every} episodes the greedy table plays a random player and minimax. The
 * learning rate falls linearly from 0.5 to 0.05 and ε from 0.3 to 0.02 over the run (a constant
 * rate keeps the values shaking with the random opponent's moves). The curve goes to
 * {@code <id>.csv} and the table to {@code <id>.qtable}; a finished run is loaded, not trained again.
 */
public final class QRun {
    /** Discount per move: a quick win is worth more than a slow one. */
    public static final double GAMMA = 0.9;

    /**
     * What a run produced.
     *
     * @param table the learnt Q-table
     * @param rows  per measurement: episodes, then win, draw, loss rates against random, then against minimax, then states met
     */
    public record Result(QTable table, List<double[]> rows) {
        /** One column of the curve: 0 episodes, 1-3 win/draw/loss against random, 4-6 against minimax, 7 states. */
        public double[] column(int c) {
            return rows.stream().mapToDouble(r -> r[c]).toArray();
        }

        /** The last measurement. */
        public double[] last() {
            return rows.get(rows.size() - 1);
        }
    }

    private QRun() {}

    /**
     * Trains (or loads) a table for {@code episodes} episodes against {@code opponent}, measuring
     * with {@code gamesPerSide} games a side against a random player and a tenth as many against minimax.
     */
    public static Result trainOrLoad(Path folder, String id, Player opponent, int episodes, int every, int gamesPerSide,
                                     long seed, IntConsumer onEpisode) {
        if (episodes < every || every < 1 || episodes % every != 0) {
            throw new IllegalArgumentException("episodes (" + episodes + ") must be a positive multiple of the measuring interval (" + every + ")");
        }
        Path csv = folder.resolve(id + ".csv"), table = folder.resolve(id + ".qtable");
        try {
            List<double[]> rows = read(csv);
            if (Files.exists(table) && !rows.isEmpty() && rows.get(rows.size() - 1)[0] == episodes) {
                return new Result(QTable.load(table), rows);
            }
            rows = new ArrayList<>();
            QTable q = new QTable(9, 0);
            TicTacToeEnv env = new TicTacToeEnv(opponent, TicTacToe.EMPTY);
            java.util.Random rng = new java.util.Random(seed);
            rows.add(measure(q, 0, gamesPerSide, seed));
            int chunks = episodes / every;
            for (int k = 0; k < chunks; k++) {
                double f = chunks == 1 ? 1 : (double) k / (chunks - 1);
                QLearning learning = new QLearning(0.5 + (0.05 - 0.5) * f, GAMMA, 0.3 + (0.02 - 0.3) * f);
                for (int e = 0; e < every; e++) {
                    learning.episode(env, q, rng);
                    if (onEpisode != null) onEpisode.accept(k * every + e + 1);
                }
                rows.add(measure(q, (k + 1) * every, gamesPerSide, seed + k + 1));
            }
            Files.createDirectories(folder);
            q.save(table);
            write(csv, rows);
            return new Result(q, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Q-learning run " + id + " in " + folder + ": " + e.getMessage() + "; delete " + table.getFileName() + " to train again", e);
        }
    }

    private static double[] measure(QTable q, int episodes, int gamesPerSide, long seed) {
        Player greedy = new QPlayer(q);
        Match.Record r = Match.record(greedy, Player.random(), gamesPerSide, seed * 31 + 1);
        Match.Record m = Match.record(greedy, new Minimax(), Math.max(10, gamesPerSide / 10), seed * 31 + 2);
        return new double[] {episodes, r.winRate(), r.drawRate(), r.lossRate(), m.winRate(), m.drawRate(), m.lossRate(), q.states()};
    }

    private static final String HEADER = "episodes,random_win,random_draw,random_loss,minimax_win,minimax_draw,minimax_loss,states";

    private static List<double[]> read(Path csv) throws IOException {
        if (!Files.exists(csv)) return List.of();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return List.of();
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) if (!l.isBlank()) rows.add(Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray());
        return rows;
    }

    private static void write(Path csv, List<double[]> rows) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (double[] r : rows) {
            for (int i = 0; i < r.length; i++) sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.9g", r[i]));
            sb.append('\n');
        }
        Path tmp = csv.resolveSibling(csv.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
