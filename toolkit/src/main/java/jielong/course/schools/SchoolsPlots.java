package jielong.course.schools;

import java.util.List;

import org.knowm.xchart.style.Styler;

import jielong.viz.LinePlot;
import jielong.viz.Plot;

/** The lesson's plots. */
public final class SchoolsPlots {
    private SchoolsPlots() {}

    /** Share of perfect moves against the number of training positions (log x), trained and held-out, beside a guess's share. */
    public static LinePlot netCurve(List<NetRun.Point> points, double guessRate) {
        double[] n = points.stream().mapToDouble(NetRun.Point::examples).toArray();
        double[] guess = new double[n.length];
        java.util.Arrays.fill(guess, 100 * guessRate);
        return Plot.line("A network learning moves from minimax's examples")
                .axes("training positions (log scale)", "perfect moves (%)")
                .points("positions it trained on", n, points.stream().mapToDouble(p -> 100 * p.trainAccuracy()).toArray())
                .points("held-out positions", n, points.stream().mapToDouble(p -> 100 * p.testAccuracy()).toArray())
                .series("a random legal move (held-out)", n, guess)
                .logX();
    }

    /** Loss rates of Q-learning runs against a random player and against minimax, every measurement. */
    public static LinePlot qLosses(List<String> names, List<QRun.Result> runs) {
        LinePlot plot = readable(Plot.line("Q-learning: games lost as training goes on").axes("training episodes (games)", "games lost (%)"));
        for (int i = 0; i < runs.size(); i++) {
            QRun.Result r = runs.get(i);
            plot.points(names.get(i) + ": lost to random", r.column(0), scale(r.column(3)));
            plot.points(names.get(i) + ": lost to minimax", r.column(0), scale(r.column(6)));
        }
        return plot;
    }

    /** Win and draw rates of Q-learning runs against a random player. */
    public static LinePlot qWins(List<String> names, List<QRun.Result> runs) {
        LinePlot plot = readable(Plot.line("Q-learning against a random player: games won and drawn").axes("training episodes (games)", "games (%)"));
        for (int i = 0; i < runs.size(); i++) {
            QRun.Result r = runs.get(i);
            plot.points(names.get(i) + ": won", r.column(0), scale(r.column(1)));
            plot.points(names.get(i) + ": drawn", r.column(0), scale(r.column(2)));
        }
        return plot;
    }

    /** Episode counts written out (200,000, not 2E5), the legend under the chart so the curves get the width. */
    private static LinePlot readable(LinePlot plot) {
        plot.chart().getStyler().setXAxisDecimalPattern("#,###");
        plot.chart().getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        return plot;
    }

    private static double[] scale(double[] v) {
        double[] s = v.clone();
        for (int i = 0; i < s.length; i++) s[i] *= 100;
        return s;
    }
}
