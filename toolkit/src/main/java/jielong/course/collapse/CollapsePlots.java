package jielong.course.collapse;

import java.util.List;
import java.util.Map;

import jielong.synthetic.Generations.Generation;
import jielong.viz.LinePlot;
import jielong.viz.Plot;

/** Lesson 19's charts: a number against the generation, one line per run, and the Gaussian's spread. */
public final class CollapsePlots {
    private CollapsePlots() {}

    /** {@code metric} of each run (by name, in order) against the generation; a dashed level for the real poems where given. */
    public static LinePlot metric(String title, String metric, Map<String, List<Generation<int[]>>> runs, Double real) {
        LinePlot plot = Plot.line(title).axes("generation", metric);
        runs.forEach((name, run) -> plot.points(name, generations(run), run.stream().mapToDouble(g -> g.metric(metric)).toArray()));
        if (real != null) {
            double last = runs.values().stream().mapToInt(List::size).max().orElse(1) - 1;
            plot.series("real poems", new double[] {0, last}, new double[] {real, real});
        }
        return plot;
    }

    /** The Gaussian's fitted sigma over generations: a few single runs, the median over seeds, all on a log axis. */
    public static LinePlot sigmas(String title, Map<String, double[]> lines) {
        LinePlot plot = Plot.line(title).axes("generation", "fitted sigma (true sigma = 1)").logY();
        plot.chart().getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW); // the lower left stays empty
        lines.forEach((name, y) -> {
            double[] x = new double[y.length];
            for (int t = 0; t < y.length; t++) x[t] = t;
            plot.series(name, x, floor(y));
        });
        return plot;
    }

    private static double[] generations(List<Generation<int[]>> run) {
        return run.stream().mapToDouble(Generation::index).toArray();
    }

    /** A log axis cannot show 0: a spread below 1e-12 (or collapsed to exactly 0) is drawn at 1e-12. */
    private static double[] floor(double[] y) {
        double[] out = y.clone();
        for (int i = 0; i < out.length; i++) out[i] = Math.max(out[i], 1e-12);
        return out;
    }
}
