package jielong.grade.report;

/** The grade as a text table, for a terminal. */
final class TextReport {
    private TextReport() {}

    static String of(GradeReport r) {
        StringBuilder sb = new StringBuilder();
        if (r.solutions()) sb.append("(grading the reference solutions)\n");
        sb.append(String.format("%-12s %-34s %7s  %s%n", "exercise", "title", "points", "result"));
        for (ExerciseRow row : r.rows()) {
            sb.append(String.format("%-12s %-34s %7s  %s%n", row.id(), cut(row.title(), 34),
                    row.earned() + "/" + row.possible(), row.summary()));
        }
        boolean anyFailure = r.rows().stream().anyMatch(row -> !row.failures().isEmpty());
        if (anyFailure) sb.append("\nwhat went wrong:\n");
        String compileMessageShown = null;
        for (ExerciseRow row : r.rows()) {
            if (row.summary().equals("not trusted")) {
                sb.append("  ").append(row.id()).append(": not trusted: ").append(row.failures().get(0).message()).append('\n');
                continue;
            }
            if (row.summary().equals("does not compile")) { // the compiler's message, once a chapter
                String message = row.failures().get(0).message();
                if (!message.equals(compileMessageShown)) sb.append("  ").append(row.id()).append(": ").append(message).append('\n');
                compileMessageShown = message;
                continue;
            }
            if (row.summary().equals("not implemented yet")) { // one line says it all
                sb.append("  ").append(row.id()).append(": ").append(row.failures().get(0).message().split("\n")[0]
                        .replaceFirst("^.*?: not implemented yet", "not implemented yet")).append('\n');
                continue;
            }
            for (Outcome o : row.failures()) {
                if (row.hidden()) {
                    sb.append("  ").append(row.id()).append(": a hidden test ").append(o.status().word)
                            .append(" (details are withheld)\n");
                } else {
                    sb.append("  ").append(row.id()).append(' ').append(o.test().name()).append(" [")
                            .append(o.status().word).append("]: ")
                            .append(String.valueOf(o.message()).replace("\n", "\n      ")).append('\n');
                }
            }
        }
        for (String problem : r.tamper().problems()) sb.append("\nNOT TRUSTED: ").append(problem);
        if (!r.tamper().problems().isEmpty()) sb.append("\n(results of those chapters count 0; restore the files, e.g. git checkout -- exercises/src/test)\n");
        sb.append('\n');
        if (r.hiddenPossible() > 0) {
            sb.append("hidden tests: ").append(r.hiddenPossible()).append(" of the ").append(r.possible())
                    .append(" points come from tests learners do not see\n");
        }
        sb.append("graded suite fingerprint: ").append(r.tamper().fingerprint()).append('\n');
        return sb.append(r.scoreLine()).append('\n').toString();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
