package jielong.notebook.display;

import jielong.notebook.Numbers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.table.Relation;

/**
 * Shows a Tablesaw table as an HTML table, with a text layout of the same cells as the fallback.
 * Numbers are written for people ({@link Numbers#format}: thousands separators, 4 significant
 * figures) and right-aligned; long tables show their head and tail only, as pandas does.
 */
final class TableRenderer {

    static final int HEAD = 10;
    static final int TAIL = 5;

    private TableRenderer() {
    }

    static MimeBundle render(Relation table) {
        int rows = table.rowCount(), cols = table.columnCount();
        boolean cut = rows > HEAD + TAIL + 5;
        StringBuilder html = new StringBuilder("<table class=\"jielong-table\">\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(Html.escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr><th></th>");
        for (String name : table.columnNames()) {
            html.append("<th>").append(Html.escape(name)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows; r++) {
            if (cut && r == HEAD) {
                html.append("<tr><th>…</th>").append("<td>…</td>".repeat(cols)).append("</tr>\n");
                r = rows - TAIL;
            }
            html.append("<tr><th>").append(r).append("</th>");
            for (int c = 0; c < cols; c++) {
                boolean number = table.column(c) instanceof NumericColumn;
                html.append(number ? "<td style=\"text-align:right\">" : "<td>")
                        .append(Html.escape(cell(table, r, c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p>").append(Numbers.count(rows)).append(rows == 1 ? " row × " : " rows × ")
                .append(cols).append(cols == 1 ? " column</p>" : " columns</p>");
        return MimeBundle.html(html.toString(), text(table, cut));
    }

    /** One cell as people read it: numbers through {@link Numbers#format}, the rest as Tablesaw writes it. */
    static String cell(Relation table, int r, int c) {
        Column<?> column = table.column(c);
        if (column.isMissing(r)) return "";
        if (column instanceof NumericColumn<?> n) return Numbers.format(n.getDouble(r));
        return table.getString(r, c);
    }

    /** The same cells laid out in columns of text, numbers right-aligned. */
    private static String text(Relation table, boolean cut) {
        int rows = table.rowCount(), cols = table.columnCount();
        java.util.List<Integer> shown = new java.util.ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (cut && r == HEAD) {
                shown.add(-1);
                r = rows - TAIL;
            }
            shown.add(r);
        }
        int[] width = new int[cols];
        String[][] cells = new String[shown.size()][cols];
        for (int c = 0; c < cols; c++) width[c] = table.column(c).name().length();
        for (int i = 0; i < shown.size(); i++) {
            for (int c = 0; c < cols; c++) {
                cells[i][c] = shown.get(i) < 0 ? "…" : cell(table, shown.get(i), c);
                width[c] = Math.max(width[c], cells[i][c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (table.name() != null && !table.name().isBlank()) sb.append(table.name()).append('\n');
        for (int c = 0; c < cols; c++) sb.append(c == 0 ? "" : "  ").append(pad(table.column(c).name(), width[c], false));
        sb.append('\n');
        for (int c = 0; c < cols; c++) sb.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        for (String[] row : cells) {
            sb.append('\n');
            for (int c = 0; c < cols; c++) {
                sb.append(c == 0 ? "" : "  ").append(pad(row[c], width[c], table.column(c) instanceof NumericColumn));
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - s.length()));
        return right ? space + s : s + space;
    }
}
