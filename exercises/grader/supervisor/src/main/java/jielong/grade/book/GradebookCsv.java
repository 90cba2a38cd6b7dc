package jielong.grade.book;

import java.util.List;
import java.util.Map;

import jielong.grade.report.ExerciseRow;

/** The gradebook as CSV (RFC 4180 quoting): learner, one column of points per exercise, total, possible, notes. */
final class GradebookCsv {
    private GradebookCsv() {}

    static String of(List<Gradebook.Entry> entries, List<String> columns) {
        StringBuilder sb = new StringBuilder("learner");
        for (String c : columns) sb.append(',').append(quote(c));
        sb.append(",earned,possible,notes\n");
        for (Gradebook.Entry e : entries) {
            sb.append(quote(e.learner()));
            Map<String, ExerciseRow> rows = e.report() == null ? Map.of() : Gradebook.rowsById(e.report());
            for (String c : columns) {
                ExerciseRow row = rows.get(c);
                sb.append(',').append(row == null ? "" : String.valueOf(row.earned()));
            }
            sb.append(',').append(e.report() == null ? "" : e.report().earned())
                    .append(',').append(e.report() == null ? "" : e.report().possible())
                    .append(',').append(quote(Gradebook.notes(e))).append('\n');
        }
        return sb.toString();
    }

    static String quote(String s) {
        if (s.isEmpty() || s.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
