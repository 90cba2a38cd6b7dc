package jielong.grade.book;

import java.util.List;
import java.util.Map;

import jielong.grade.report.ExerciseRow;

/** The gradebook as one HTML page: a row per learner, points per exercise coloured like the grade table. */
final class GradebookHtml {
    private GradebookHtml() {}

    static String of(List<Gradebook.Entry> entries, List<String> columns, String selection) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Gradebook</title>\n")
                .append("<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;")
                .append("padding:2px 6px;text-align:right}td:first-child,th:first-child,td.notes{text-align:left}</style>\n")
                .append("</head><body>\n<h1>Gradebook: ").append(escape(selection)).append("</h1>\n<table>\n<tr><th>learner</th>");
        for (String c : columns) sb.append("<th>").append(escape(c)).append("</th>");
        sb.append("<th>score</th><th>notes</th></tr>\n");
        String fingerprint = null;
        for (Gradebook.Entry e : entries) {
            sb.append("<tr><td>").append(escape(e.learner())).append("</td>");
            Map<String, ExerciseRow> rows = e.report() == null ? Map.of() : Gradebook.rowsById(e.report());
            for (String c : columns) {
                ExerciseRow row = rows.get(c);
                if (row == null) {
                    sb.append("<td></td>");
                    continue;
                }
                String colour = row.failures().isEmpty() ? "#1a7f37" : row.earned() > 0 ? "#9a6700" : "#cf222e";
                sb.append("<td style=\"color:").append(colour).append("\" title=\"").append(escape(row.summary())).append("\">")
                        .append(row.earned()).append('/').append(row.possible()).append("</td>");
            }
            sb.append("<td><b>").append(e.report() == null ? "" : e.report().earned() + "/" + e.report().possible())
                    .append("</b></td><td class=\"notes\">").append(escape(Gradebook.notes(e))).append("</td></tr>\n");
            if (e.report() != null) fingerprint = e.report().tamper().fingerprint();
        }
        sb.append("</table>\n");
        if (fingerprint != null) sb.append("<p>Graded suite fingerprint: <code>").append(escape(fingerprint)).append("</code></p>\n");
        return sb.append("</body></html>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
