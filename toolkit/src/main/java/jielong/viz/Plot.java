package jielong.viz;

import java.util.List;
import java.util.function.DoubleFunction;

import jielong.cost.Sensitivity;

/**
 * The course's one door to charts: {@code Plot.line("loss").axes("step", "loss (nats/token)").series(...)}.
 * Each plot shows itself in a notebook and hands over its XChart chart for anything more.
 */
public final class Plot {
    private Plot() {}

    /** Lines through (x, y) points: curves over steps, sizes, temperatures. */
    public static LinePlot line(String title) {
        return new LinePlot(title);
    }

    /**
     * Panels stacked one above another that share one logarithmic compute axis (training FLOPs),
     * each with its own metric: curves of different lessons against the same compute.
     */
    public static ComputePanels compute(String title) {
        return new ComputePanels(title);
    }

    /** Bars over named categories, several series side by side. */
    public static BarPlot bars(String title) {
        return new BarPlot(title);
    }

    /** A grid of values in [0, 1] shaded from white to dark, with a label on every row and column. */
    public static Heatmap heatmap(String title, List<String> rows, List<String> columns, float[][] values) {
        return new Heatmap(title, rows, columns, values);
    }

    /**
     * A tornado chart of a sensitivity study: a bar per assumption from the answer at its low value
     * to the answer at its high value, the largest factor first, on a log axis; each bar is labelled
     * "name (low – high)", and {@code format} writes the axis's numbers with their unit.
     */
    public static Tornado tornado(String title, String axis, Sensitivity.Result result, DoubleFunction<String> format) {
        return Tornado.of(title, axis, result, format);
    }
}
