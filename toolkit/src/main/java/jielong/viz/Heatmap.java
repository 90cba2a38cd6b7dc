package jielong.viz;

import java.util.List;
import java.util.Locale;

import jielong.notebook.display.Html;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderable;

/**
 * A labelled grid of values in [0, 1], drawn as an HTML table of shaded cells rather than a picture,
 * so Chinese characters in the labels show with the reader's own fonts (charts drawn by Java show
 * only the fonts of the machine that drew them).
 */
public final class Heatmap implements Renderable {
    private final String title;
    private final List<String> rows, columns;
    private final float[][] values;

    Heatmap(String title, List<String> rows, List<String> columns, float[][] values) {
        if (values.length != rows.size() || (values.length > 0 && values[0].length != columns.size())) {
            throw new IllegalArgumentException("heatmap " + title + ": " + rows.size() + "×" + columns.size()
                    + " labels for a " + values.length + "×" + (values.length == 0 ? 0 : values[0].length) + " grid");
        }
        this.title = title;
        this.rows = rows;
        this.columns = columns;
        this.values = values;
    }

    /** Several heat maps in a row, e.g. one per attention head. */
    public static Renderable sideBySide(List<Heatmap> maps) {
        return () -> {
            StringBuilder html = new StringBuilder("<div style=\"display:flex;flex-wrap:wrap;gap:1.5em\">");
            StringBuilder text = new StringBuilder();
            for (Heatmap m : maps) {
                html.append("<div>").append(m.html()).append("</div>");
                text.append(m.text()).append('\n');
            }
            return MimeBundle.html(html.append("</div>").toString(), text.toString());
        };
    }

    /**
     * Heat maps in a grid, one list per row (e.g. a row per layer, a column per head), drawn
     * smaller than alone so that a 4 × 4 grid of 12-character maps fits a notebook's width.
     */
    public static Renderable grid(List<List<Heatmap>> rows) {
        return () -> {
            StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse\">");
            StringBuilder text = new StringBuilder();
            for (List<Heatmap> row : rows) {
                html.append("<tr>");
                for (Heatmap m : row) {
                    html.append("<td style=\"vertical-align:top;padding:4px\">").append(m.html(14, 9)).append("</td>");
                    text.append(m.text()).append('\n');
                }
                html.append("</tr>");
            }
            return MimeBundle.html(html.append("</table>").toString(), text.toString());
        };
    }

    /** The value in a row and column. */
    public float value(int row, int column) {
        return values[row][column];
    }

    String html() {
        return html(22, 12);
    }

    /** The table with square cells of {@code cell} pixels and text of {@code font} pixels. */
    String html(int cell, int font) {
        StringBuilder h = new StringBuilder("<table style=\"border-collapse:collapse;font-size:" + font + "px\">")
                .append("<caption style=\"font-weight:bold\">").append(Html.escape(title)).append("</caption><tr><th></th>");
        for (String c : columns) h.append("<th style=\"padding:2px 4px\">").append(Html.escape(c)).append("</th>");
        h.append("</tr>");
        for (int r = 0; r < rows.size(); r++) {
            h.append("<tr><th style=\"padding:2px 4px\">").append(Html.escape(rows.get(r))).append("</th>");
            for (int c = 0; c < columns.size(); c++) {
                float v = Math.max(0f, Math.min(1f, values[r][c]));
                // White at 0 to dark blue at 1; text turns white where the cell is dark enough to need it.
                int shade = Math.round(255 * (1 - v));
                String colour = String.format(Locale.ROOT, "rgb(%d,%d,255)", shade, shade);
                h.append("<td title=\"").append(String.format(Locale.ROOT, "%.3f", values[r][c]))
                        .append("\" style=\"width:" + cell + "px;height:" + cell + "px;padding:0;text-align:center;background:").append(colour)
                        .append(";color:").append(v > 0.5 ? "white" : "black").append("\">")
                        .append(v >= 0.05 ? String.format(Locale.ROOT, "%.0f", 100 * v) : "").append("</td>");
            }
            h.append("</tr>");
        }
        return h.append("</table>").toString();
    }

    /** Rows of percentages, for terminals. */
    String text() {
        StringBuilder t = new StringBuilder(title).append(" (percent)\n    ");
        for (String c : columns) t.append(String.format(Locale.ROOT, "%4s", c));
        for (int r = 0; r < rows.size(); r++) {
            t.append('\n').append(String.format(Locale.ROOT, "%4s", rows.get(r)));
            for (int c = 0; c < columns.size(); c++) t.append(String.format(Locale.ROOT, "%4.0f", 100 * values[r][c]));
        }
        return t.toString();
    }

    @Override
    public MimeBundle toMimeBundle() {
        return MimeBundle.html(html(), text());
    }
}
