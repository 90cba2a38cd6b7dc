package jielong.viz;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderable;
import jielong.notebook.display.Renderers;

/** A line chart built fluently; see {@link Plot#line}. Log axes for power laws, markers for sparse points. */
public final class LinePlot implements Renderable {
    private final XYChart chart;

    LinePlot(String title) {
        chart = new XYChartBuilder().width(640).height(360).title(title).build();
        chart.getStyler().setMarkerSize(5);
        Palette.apply(chart.getStyler());
    }

    /** Names both axes; put the unit in the name: "step", "loss (nats/token)". */
    public LinePlot axes(String x, String y) {
        chart.setXAxisTitle(x);
        chart.setYAxisTitle(y);
        return this;
    }

    /** Adds a line without markers. */
    public LinePlot series(String name, double[] x, double[] y) {
        chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
        return this;
    }

    /** Adds a line with a dot at every point, for series measured only a few times. */
    public LinePlot points(String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        return this;
    }

    /** A logarithmic x axis (all x must be positive). */
    public LinePlot logX() {
        chart.getStyler().setXAxisLogarithmic(true);
        return this;
    }

    /** A logarithmic y axis (all y must be positive). */
    public LinePlot logY() {
        chart.getStyler().setYAxisLogarithmic(true);
        return this;
    }

    /** The XChart chart, to style further or save with XChart's encoders. */
    public XYChart chart() {
        return chart;
    }

    @Override
    public MimeBundle toMimeBundle() {
        return Renderers.render(chart);
    }
}
