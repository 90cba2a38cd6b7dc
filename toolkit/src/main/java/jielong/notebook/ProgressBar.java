package jielong.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jielong.notebook.display.Html;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Output;
import jielong.notebook.display.Renderable;

/**
 * A training progress bar that redraws in place: step, loss, tokens per second and time left.
 * In Jupyter it is one output updated by display id; in a terminal, one line redrawn with {@code \r}.
 * Wire it to a trainer's progress callback with {@link #update(long, long, double, double, double)}.
 */
public final class ProgressBar implements Renderable {

    private static final long MIN_REDRAW_NANOS = 100_000_000L; // 10 redraws a second is smooth enough
    private static final int WIDTH = 30;

    private final String label;
    private final String displayId = "progress-" + UUID.randomUUID();
    private long step;
    private long total;
    private double loss = Double.NaN;
    private double tokensPerSecond = Double.NaN;
    private double etaSeconds = Double.NaN;
    private final long startedAt = System.nanoTime();
    private long lastDraw;
    private boolean shown;

    private ProgressBar(String label, long total) {
        this.label = label;
        this.total = total;
    }

    /** Shows a new, empty bar for {@code total} steps. */
    public static ProgressBar start(String label, long total) {
        ProgressBar bar = new ProgressBar(label, total);
        bar.draw();
        return bar;
    }

    /** Moves to {@code step} of {@code total}; any of the numbers may be {@code NaN} when unknown. */
    public synchronized void update(long step, long total, double loss, double tokensPerSecond, double etaSeconds) {
        this.step = step;
        this.total = total;
        this.loss = loss;
        this.tokensPerSecond = tokensPerSecond;
        this.etaSeconds = etaSeconds;
        long now = System.nanoTime();
        if (step >= total || now - lastDraw >= MIN_REDRAW_NANOS) {
            draw();
        }
    }

    /** Moves to {@code step} of {@code total}, for loops that have no loss to report. */
    public void update(long step, long total) {
        update(step, total, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Draws the final state, even if the last update was skipped to limit redraws. */
    public synchronized void done() {
        draw();
        Output.sink().flush();
    }

    private void draw() {
        lastDraw = System.nanoTime();
        if (shown) {
            Output.sink().updateDisplay(toMimeBundle(), displayId);
        } else {
            Output.sink().display(toMimeBundle(), displayId);
            shown = true;
        }
    }

    private double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) step / total);
    }

    /** One line such as {@code train 120/500 [#######-----] 24% loss 2.314 | 5.1k tok/s | ETA 0:42}. */
    public synchronized String text() {
        int filled = (int) Math.round(fraction() * WIDTH);
        StringBuilder line = new StringBuilder()
                .append(label).append(' ').append(step).append('/').append(total)
                .append(" [").append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
                .append(String.format(Locale.ROOT, "%3.0f%%", fraction() * 100));
        for (String part : details()) {
            line.append(" | ").append(part);
        }
        return line.toString();
    }

    private List<String> details() {
        List<String> parts = new ArrayList<>();
        if (!Double.isNaN(loss)) {
            parts.add(String.format(Locale.ROOT, "loss %.4f", loss));
        }
        if (!Double.isNaN(tokensPerSecond)) {
            parts.add(Units.perSecond(tokensPerSecond) + " tok/s");
        }
        if (step >= total) {
            parts.add("took " + Units.duration((System.nanoTime() - startedAt) / 1e9));
        } else if (!Double.isNaN(etaSeconds)) {
            parts.add("ETA " + Units.duration(etaSeconds));
        }
        return parts;
    }

    @Override
    public synchronized MimeBundle toMimeBundle() {
        String html = "<div style=\"font-family:monospace\">"
                + "<span>" + Html.escape(label) + " " + step + "/" + total + "</span> "
                + "<progress value=\"" + step + "\" max=\"" + Math.max(total, 1) + "\" style=\"width:20em\"></progress> "
                + String.format(Locale.ROOT, "%.0f%%", fraction() * 100) + " "
                + Html.escape(String.join(" | ", details())) + "</div>";
        return MimeBundle.html(html, text());
    }
}
