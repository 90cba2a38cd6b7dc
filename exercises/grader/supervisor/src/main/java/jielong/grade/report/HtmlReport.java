package jielong.grade.report;

/** The grade as an HTML fragment: what a notebook shows for {@code Grade.check("ch03")}. */
final class HtmlReport {
    private HtmlReport() {}

    static String of(GradeReport r) {
        StringBuilder sb = new StringBuilder("<div class=\"jielong-grade\">\n<table>\n")
                .append("<tr><th>exercise</th><th>title</th><th>points</th><th>result</th></tr>\n");
        for (ExerciseRow row : r.rows()) {
            String colour = row.failures().isEmpty() ? "#1a7f37" : row.earned() > 0 ? "#9a6700" : "#cf222e";
            sb.append("<tr><td>").append(escape(row.id())).append("</td><td>").append(escape(row.title()))
                    .append("</td><td>").append(row.earned()).append('/').append(row.possible())
                    .append("</td><td style=\"color:").append(colour).append("\">").append(escape(row.summary())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        String compileMessageShown = null;
        for (ExerciseRow row : r.rows()) {
            if (row.summary().equals("does not compile")) { // the compiler's message, once a chapter
                String message = String.valueOf(row.failures().get(0).message());
                if (!message.equals(compileMessageShown)) sb.append("<p><b>").append(escape(message)).append("</b></p>\n");
                compileMessageShown = message;
                continue;
            }
            if (row.hidden() || row.summary().equals("not implemented yet")) continue;
            for (Outcome o : row.failures()) {
                sb.append("<details><summary>").append(escape(row.id() + " " + o.test().name())).append(": ")
                        .append(o.status().word).append("</summary><pre>").append(escape(String.valueOf(o.message())))
                        .append("</pre></details>\n");
            }
        }
        for (String problem : r.tamper().problems()) sb.append("<p><b>Not trusted:</b> ").append(escape(problem)).append("</p>\n");
        if (r.hiddenPossible() > 0) {
            sb.append("<p>Hidden tests: ").append(r.hiddenPossible()).append(" points.</p>\n");
        }
        return sb.append("<p><b>").append(r.scoreLine()).append("</b></p>\n</div>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
