package jielong.course.schools;

import java.util.List;
import java.util.Map;

import jielong.games.Exhaustive;
import jielong.games.Match;
import jielong.games.Minimax;
import jielong.games.Player;
import jielong.games.TicTacToe;
import jielong.notebook.Numbers;
import tech.tablesaw.api.Table;

import static jielong.viz.Tables.row;
import static jielong.viz.Tables.table;

/** The lesson's tables, numbers written by {@link Numbers}. */
public final class SchoolsTables {
    private SchoolsTables() {}

    /**
     * One school's entry in the closing table.
     *
     * @param school   the school and its player, "rules: expert system"
     * @param player   the player measured
     * @param needed   what it needed to become what it is: rules written, examples, episodes
     * @param explains whether and how it can say why it chose a move
     */
    public record School(String school, Player player, String needed, String explains) {}

    /**
     * Each player against a random player and against minimax ({@code gamesPerSide} games a side
     * against random, a tenth as many against minimax), and against every opponent line
     * (a player whose moves depend on chance: "—").
     */
    public static Table players(Map<String, Player> players, int gamesPerSide, long seed) {
        Table t = table("Players against a random player, minimax, and every line of play", "player",
                "vs random: won", "vs random: drawn", "vs random: lost", "vs minimax: drawn", "vs minimax: lost", "lines lost (of all opponent lines)");
        players.forEach((name, p) -> {
            Match.Record r = Match.record(p, Player.random(), gamesPerSide, seed);
            Match.Record m = Match.record(p, new Minimax(), Math.max(10, gamesPerSide / 10), seed + 7);
            row(t, name, Numbers.percent(r.winRate()), Numbers.percent(r.drawRate()), Numbers.percent(r.lossRate()),
                    Numbers.percent(m.drawRate()), Numbers.percent(m.lossRate()), linesLost(p));
        });
        return t;
    }

    /** The closing table: each school's strength against random and perfect play, what it needed, whether it explains itself. */
    public static Table summary(List<School> schools, int gamesPerSide, long seed) {
        Table t = table("The three schools (and their fusion) on tic-tac-toe", "school", "vs random: won / drawn / lost",
                "vs minimax: drawn / lost", "lines lost", "what it needed", "explains its move?");
        for (School s : schools) {
            Match.Record r = Match.record(s.player(), Player.random(), gamesPerSide, seed);
            Match.Record m = Match.record(s.player(), new Minimax(), Math.max(10, gamesPerSide / 10), seed + 7);
            row(t, s.school(), Numbers.percent(r.winRate()) + " / " + Numbers.percent(r.drawRate()) + " / " + Numbers.percent(r.lossRate()),
                    Numbers.percent(m.drawRate()) + " / " + Numbers.percent(m.lossRate()), linesLost(s.player()), s.needed(), s.explains());
        }
        return t;
    }

    /** Lines lost against every opponent line, as X and as O: "0 of 140 + 0 of 457". */
    public static String linesLost(Player p) {
        Exhaustive.Outcomes x, o;
        if (p instanceof Minimax) {
            x = Exhaustive.against(Minimax::bestMoves, TicTacToe.X);
            o = Exhaustive.against(Minimax::bestMoves, TicTacToe.O);
        } else {
            try {
                x = Exhaustive.against(p, TicTacToe.X);
                o = Exhaustive.against(p, TicTacToe.O);
            } catch (IllegalArgumentException chance) { // its moves depend on chance
                return "—";
            }
        }
        return Numbers.count(x.losses() + o.losses()) + " of " + Numbers.count(x.lines() + o.lines());
    }

    /** The network's learning curve as a table. */
    public static Table netCurve(List<NetRun.Point> points) {
        Table t = table("The network against the number of examples", "examples", "perfect moves: trained positions",
                "held-out positions", "occupied square chosen (unguided)", "lines lost");
        for (NetRun.Point p : points) {
            row(t, Numbers.count(p.examples()), Numbers.percent(p.trainAccuracy()), Numbers.percent(p.testAccuracy()),
                    Numbers.percent(p.illegalRate()), linesLost(p.net()));
        }
        return t;
    }
}
