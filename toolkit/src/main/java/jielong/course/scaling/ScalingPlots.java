package jielong.course.scaling;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;

import jielong.experiment.ResultsTable;
import jielong.experiment.RunResult;
import jielong.fit.ChinchillaLaw;
import jielong.fit.PowerLaw;
import jielong.notebook.Numbers;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lesson's charts: measured runs as dots, fitted laws as lines. Power laws go on log-log axes,
 * where a law without a floor is a straight line; loss spans less than a decade, so its log axis is
 * labelled between the powers of ten too. IsoFLOP curves keep loss on a linear axis, as Hoffmann
 * et al. draw them. Each method returns an XChart chart a notebook cell can show.
 */
public final class ScalingPlots {
    private static final int WIDTH = 640, HEIGHT = 400;
    private static final int LINE_POINTS = 60;
    /** One colour per IsoFLOP budget, shared by its dots and its fitted curve. */
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private ScalingPlots() {}

    /** Loss against x (parameters, tokens or FLOPs) with a fitted power law and its floor E. */
    public static XYChart powerLaw(String title, String xAxisTitle, double[] x, double[] loss, PowerLaw fit) {
        XYChart chart = logLog(title, xAxisTitle, "validation loss (nats per byte)");
        dots(chart, "runs", x, loss);
        double lo = min(x) / 1.5, hi = max(x) * 1.5;
        double[] xs = geometric(lo, hi, LINE_POINTS);
        line(chart, "fit: " + formula(fit, "x"), xs, Arrays.stream(xs).map(fit::predict).toArray(), false);
        // A floor pinned to a bound is not a finding; a log axis has no zero anyway.
        if (!ScalingTables.floorAtBound(fit.e(), min(loss), max(loss))) {
            line(chart, "floor E = " + Numbers.format(fit.e()), new double[] {lo, hi}, new double[] {fit.e(), fit.e()}, true);
        }
        return chart;
    }

    /** IsoFLOP curves: for each budget, loss against N with the fitted parabola and its bottom. */
    public static XYChart isoFlops(List<IsoFlop> curves) {
        XYChart chart = logX("IsoFLOP curves: loss against model size at fixed compute",
                "non-embedding parameters N", "validation loss (nats per byte)");
        int k = 0;
        for (IsoFlop c : curves) {
            if (c.runs().size() < 3) continue;
            Color colour = PALETTE[k++ % PALETTE.length];
            String name = "C ≈ " + Numbers.significant(c.flops(), 2) + " FLOPs";
            double[] n = c.runs().stream().mapToDouble(RunResult::parameters).toArray();
            dots(chart, name, n, c.runs().stream().mapToDouble(RunResult::valLoss).toArray()).setMarkerColor(colour);
            double[] ns = geometric(min(n), max(n), LINE_POINTS);
            XYSeries fitted = line(chart, name + " fit", ns, Arrays.stream(ns).map(c::lossAt).toArray(), false);
            fitted.setLineColor(colour);
            fitted.setShowInLegend(false);
            if (c.hasMinimum()) {
                XYSeries bottom = chart.addSeries(name + " minimum", new double[] {c.bestParameters()}, new double[] {c.bestLoss()});
                bottom.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                bottom.setMarker(SeriesMarkers.DIAMOND);
                bottom.setMarkerColor(Color.BLACK);
                bottom.setShowInLegend(false);
            }
        }
        return chart;
    }

    /** Loss against compute for every run, the frontier runs marked, and L(C) fitted to them. */
    public static XYChart frontier(ResultsTable results, PowerLaw lossOfCompute) {
        XYChart chart = logLog("The compute frontier", "training compute C (FLOPs)", "validation loss (nats per byte)");
        XYSeries all = dots(chart, "runs", results.flops(), results.valLoss());
        all.setMarkerColor(Color.LIGHT_GRAY);
        List<RunResult> f = Frontier.of(results);
        double[] c = f.stream().mapToDouble(RunResult::flops).toArray();
        dots(chart, "frontier", c, f.stream().mapToDouble(RunResult::valLoss).toArray());
        double[] cs = geometric(min(results.flops()) / 1.5, max(results.flops()) * 1.5, LINE_POINTS);
        line(chart, "L(C) = " + formula(lossOfCompute, "C"), cs, Arrays.stream(cs).map(lossOfCompute::predict).toArray(), false);
        return chart;
    }

    /** The compute-optimal model size against budget: the law's line and the IsoFLOP minima. */
    public static XYChart optimalSize(ChinchillaLaw law, List<IsoFlop> curves, double[] budgets) {
        XYChart chart = logX("Compute-optimal model size", "training compute C (FLOPs)", "parameters N");
        chart.getStyler().setYAxisLogarithmic(true); // N spans decades
        double[] cs = geometric(min(budgets), max(budgets), LINE_POINTS);
        line(chart, "N_opt(C) from the fitted L(N, D)", cs, Arrays.stream(cs).map(c -> law.computeOptimal(c).parameters()).toArray(), false);
        List<IsoFlop> withMinimum = curves.stream().filter(IsoFlop::hasMinimum).toList();
        if (!withMinimum.isEmpty()) {
            dots(chart, "IsoFLOP minima", withMinimum.stream().mapToDouble(IsoFlop::flops).toArray(),
                    withMinimum.stream().mapToDouble(IsoFlop::bestParameters).toArray());
        }
        return chart;
    }

    /** The law for a legend, E left out when the fit put it on its bound of 0. */
    private static String formula(PowerLaw law, String x) {
        String reducible = Numbers.significant(law.a(), 3) + " / " + x + "^" + Numbers.significant(law.alpha(), 3);
        return law.e() < ScalingTables.AT_BOUND ? reducible + " (E fits to 0)" : Numbers.significant(law.e(), 3) + " + " + reducible;
    }

    private static XYChart logLog(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = logX(title, xAxisTitle, yAxisTitle);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmicDecadeOnly(false); // loss spans less than a decade
        return chart;
    }

    private static XYChart logX(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setMarkerSize(8);
        return chart;
    }

    private static XYSeries dots(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        return s;
    }

    private static XYSeries line(XYChart chart, String name, double[] x, double[] y, boolean dashed) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        if (dashed) {
            s.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
        return s;
    }

    /** count points from lo to hi, evenly spaced on a log axis. */
    static double[] geometric(double lo, double hi, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) v[i] = lo * Math.pow(hi / lo, (double) i / (count - 1));
        return v;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(1);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(1);
    }
}
