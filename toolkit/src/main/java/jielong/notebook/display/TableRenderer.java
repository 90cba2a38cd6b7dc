package jielong.notebook.display;

import tech.tablesaw.table.Relation;

/**
 * Shows a Tablesaw table as an HTML table, with Tablesaw's own text layout as the fallback.
 * Long tables show their head and tail only, as pandas does, so a notebook stays readable.
 */
final class TableRenderer {

    static final int HEAD = 10;
    static final int TAIL = 5;

    private TableRenderer() {
    }

    static MimeBundle render(Relation table) {
        int rows = table.rowCount();
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
                html.append("<tr><th>…</th>").append("<td>…</td>".repeat(table.columnCount())).append("</tr>\n");
                r = rows - TAIL;
            }
            html.append("<tr><th>").append(r).append("</th>");
            for (int c = 0; c < table.columnCount(); c++) {
                html.append("<td>").append(Html.escape(table.getString(r, c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p>").append(rows).append(" rows × ")
                .append(table.columnCount()).append(" columns</p>");
        String text = table.print(cut ? HEAD + TAIL : rows);
        return MimeBundle.html(html.toString(), text);
    }
}
