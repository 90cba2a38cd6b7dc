package jielong.viz;

import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderable;
import jielong.notebook.display.Renderers;

/** A bar chart built fluently; see {@link Plot#bars}. Several series put their bars side by side. */
public final class BarPlot implements Renderable {
    private final CategoryChart chart;

    BarPlot(String title) {
        chart = new CategoryChartBuilder().width(640).height(360).title(title).build();
        chart.getStyler().setOverlapped(false);
        Palette.apply(chart.getStyler());
    }

    /** Names both axes; put the unit in the name: "component", "parameters". */
    public BarPlot axes(String x, String y) {
        chart.setXAxisTitle(x);
        chart.setYAxisTitle(y);
        return this;
    }

    /** Adds one bar per category. */
    public BarPlot series(String name, List<String> categories, double[] values) {
        if (categories.size() != values.length) {
            throw new IllegalArgumentException(categories.size() + " categories but " + values.length + " values in series " + name);
        }
        chart.addSeries(name, categories, java.util.Arrays.stream(values).boxed().toList());
        return this;
    }

    /** A logarithmic value axis (all values must be positive). */
    public BarPlot logY() {
        chart.getStyler().setYAxisLogarithmic(true);
        return this;
    }

    /** The XChart chart, to style further or save with XChart's encoders. */
    public CategoryChart chart() {
        return chart;
    }

    @Override
    public MimeBundle toMimeBundle() {
        // Category names wider than their share of the axis (about 7 px a letter) would run into
        // each other, so they are turned to read upwards.
        int longest = 0, categories = 0;
        for (var series : chart.getSeriesMap().values()) {
            for (Object c : series.getXData()) {
                longest = Math.max(longest, String.valueOf(c).length());
                categories++;
            }
            break;
        }
        if (categories > 0 && longest * 7 > (chart.getWidth() - 100) / categories && chart.getStyler().getXAxisLabelRotation() == 0) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
        return Renderers.render(chart);
    }
}
