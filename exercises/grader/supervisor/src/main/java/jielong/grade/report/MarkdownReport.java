package jielong.grade.report;

/** The grade as Markdown, the readable report written beside grades.json. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String of(GradeReport r) {
        StringBuilder sb = new StringBuilder("# Grade: ").append(r.selection())
                .append(r.solutions() ? " (reference solutions)" : "").append("\n\n")
                .append("**").append(r.scoreLine()).append("**\n\n")
                .append("| exercise | title | points | result |\n|---|---|---|---|\n");
        for (ExerciseRow row : r.rows()) {
            sb.append("| ").append(row.id()).append(" | ").append(escape(row.title())).append(" | ")
                    .append(row.earned()).append('/').append(row.possible()).append(" | ").append(row.summary()).append(" |\n");
        }
        sb.append('\n');
        String compileMessageShown = null;
        for (ExerciseRow row : r.rows()) {
            if (row.summary().equals("does not compile")) { // the compiler's message, once a chapter
                String message = String.valueOf(row.failures().get(0).message());
                if (!message.equals(compileMessageShown)) sb.append("**").append(message).append("**\n\n");
                compileMessageShown = message;
                continue;
            }
            if (row.failures().isEmpty() || row.hidden() || row.summary().equals("not implemented yet")) continue;
            sb.append("## ").append(row.id()).append(' ').append(row.title()).append("\n\n");
            for (Outcome o : row.failures()) {
                sb.append("- `").append(o.test().name()).append("` (").append(o.status().word).append(")\n\n```\n")
                        .append(o.message()).append("\n```\n\n");
            }
        }
        if (r.hiddenPossible() > 0) {
            sb.append("Hidden tests: ").append(r.hiddenEarned()).append('/').append(r.hiddenPossible())
                    .append(" points (their details are withheld).\n\n");
        }
        for (String problem : r.tamper().problems()) sb.append("- **Not trusted:** ").append(problem).append('\n');
        return sb.append("\nGraded suite fingerprint: `").append(r.tamper().fingerprint()).append("`\n").toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
