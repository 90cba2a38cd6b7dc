package jielong.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Output;
import jielong.notebook.display.Renderable;
import jielong.notebook.display.Renderers;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A live chart of training and validation loss against step, redrawn in place as training goes on.
 * Redraws at most once a second, since drawing a PNG costs far more than a training step.
 */
public final class LossCurve implements Renderable {

    private static final long MIN_REDRAW_NANOS = 1_000_000_000L;

    private final String title;
    private final String yAxis;
    private final String displayId = "loss-curve-" + UUID.randomUUID();
    private final List<Double> steps = new ArrayList<>();
    private final List<Double> losses = new ArrayList<>();
    private final List<Double> valSteps = new ArrayList<>();
    private final List<Double> valLosses = new ArrayList<>();
    private long lastDraw;
    private boolean shown;

    private LossCurve(String title, String yAxis) {
        this.title = title;
        this.yAxis = yAxis;
    }

    /** Starts an empty curve; it appears with its first point. */
    public static LossCurve start(String title) {
        return new LossCurve(title, "loss (nats per token)");
    }

    /** Starts an empty curve whose loss axis says its unit, e.g. {@code "loss (nats/character)"}. */
    public static LossCurve start(String title, String yAxisTitle) {
        return new LossCurve(title, yAxisTitle);
    }

    /**
     * Adds the losses at {@code step} of {@code total}; {@code valLoss} is {@code NaN} on steps without
     * a validation pass. The last step always redraws.
     */
    public synchronized void update(long step, long total, double loss, double valLoss) {
        steps.add((double) step);
        losses.add(loss);
        if (!Double.isNaN(valLoss)) {
            valSteps.add((double) step);
            valLosses.add(valLoss);
        }
        if (!shown || step >= total || System.nanoTime() - lastDraw >= MIN_REDRAW_NANOS) {
            draw();
        }
    }

    /** Draws the final state, even if the last update was skipped to limit redraws. */
    public synchronized void done() {
        if (!steps.isEmpty()) {
            draw();
        }
    }

    private void draw() {
        lastDraw = System.nanoTime();
        MimeBundle bundle = toMimeBundle();
        if (shown) {
            Output.sink().updateDisplay(bundle, displayId);
        } else {
            Output.sink().display(bundle, displayId);
            shown = true;
        }
    }

    /** The chart as it stands, to style further or save with XChart's encoders. */
    public synchronized XYChart chart() {
        XYChart chart = new XYChartBuilder().width(640).height(320).title(title)
                .xAxisTitle("step").yAxisTitle(yAxis).build();
        chart.getStyler().setMarkerSize(6);
        if (!steps.isEmpty()) {
            chart.addSeries("train", new ArrayList<>(steps), new ArrayList<>(losses)).setMarker(SeriesMarkers.NONE);
        }
        if (!valSteps.isEmpty()) {
            // Dots as well as a line: validation may have been measured only once so far.
            chart.addSeries("validation", new ArrayList<>(valSteps), new ArrayList<>(valLosses))
                    .setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    @Override
    public MimeBundle toMimeBundle() {
        return Renderers.render(chart());
    }
}
