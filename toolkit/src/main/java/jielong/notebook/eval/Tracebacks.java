package jielong.notebook.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns JShell's failures into {@link CellError}s that name cell lines ({@code In [3], line 4})
 * rather than JShell's internal snippet numbers ({@code #12:1}). Plain text: no colour codes.
 */
final class Tracebacks {

    private final Map<String, SourcePlace> places; // JShell snippet id -> where its source came from

    Tracebacks(Map<String, SourcePlace> places) {
        this.places = places;
    }

    /** A runtime exception thrown by a cell, with the exception's real class name. */
    CellError runtime(JShellException thrown) {
        if (thrown instanceof UnresolvedReferenceException) {
            UnresolvedReferenceException unresolved = (UnresolvedReferenceException) thrown;
            String message = unresolved.getSnippet().source().strip().lines().findFirst().orElse("")
                    + " uses something not declared yet; declare it first";
            return CellError.of(CellError.UNRESOLVED, message);
        }
        EvalException e = (EvalException) thrown;
        List<String> lines = new ArrayList<>();
        describe(e, "", lines);
        return new CellError(e.getExceptionClassName(), e.getMessage(), lines);
    }

    private void describe(EvalException e, String prefix, List<String> lines) {
        String message = e.getMessage();
        lines.add(prefix + e.getExceptionClassName() + (message == null ? "" : ": " + message));
        for (StackTraceElement frame : e.getStackTrace()) {
            lines.add("    at " + frame(frame));
        }
        if (e.getCause() instanceof EvalException) {
            describe((EvalException) e.getCause(), "Caused by: ", lines);
        }
    }

    private String frame(StackTraceElement frame) {
        String file = frame.getFileName();
        SourcePlace place = file != null && file.startsWith("#") ? places.get(file.substring(1)) : null;
        if (place == null) {
            return frame.toString();
        }
        // JShell names cell code by method only ("f"), and a top-level statement by nothing at all.
        String name = frame.getClassName().isEmpty()
                ? frame.getMethodName()
                : frame.getClassName() + "." + frame.getMethodName();
        String where = place.describe(frame.getLineNumber());
        return name.isEmpty() ? where : name + " (" + where + ")";
    }

    /** A compile error: the compiler's message, then the offending line with a caret under the column. */
    static CellError compile(String cell, String label, int snippetOffset, List<Diag> diagnostics) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag d : diagnostics) {
            if (!d.isError()) {
                continue;
            }
            int at = snippetOffset + (int) Math.max(0, d.getPosition());
            List<String> message = cleanMessage(d.getMessage(Locale.ROOT));
            if (first == null) {
                first = message.get(0);
            }
            lines.add(label + ", line " + SourceText.lineOf(cell, at) + ", column "
                    + SourceText.columnOf(cell, at) + ": " + message.get(0));
            message.subList(1, message.size()).forEach(m -> lines.add("  " + m.strip()));
            lines.add("    " + SourceText.lineAt(cell, at));
            lines.add("    " + " ".repeat(SourceText.columnOf(cell, at) - 1) + "^");
        }
        if (first == null) {
            first = "the compiler rejected this code";
            lines.add(first);
        }
        return new CellError(CellError.COMPILE_ERROR, first, lines);
    }

    /** Drops JShell's "location: class" line: the class is JShell's hidden wrapper, with no useful name. */
    private static List<String> cleanMessage(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("location: class") && trimmed.length() <= "location: class".length() + 1) {
                continue;
            }
            if (!trimmed.isEmpty()) {
                kept.add(line);
            }
        }
        if (kept.isEmpty()) {
            kept.add("compile error");
        }
        return kept;
    }

    /** A cell that stops in the middle of a statement. */
    static CellError incomplete(String cell, String label, int offset) {
        String message = "the cell ends before its statement does (a missing ';', ')' or '}'?)";
        return new CellError(CellError.INCOMPLETE, message, List.of(
                label + ", line " + SourceText.lineOf(cell, offset) + ": " + message,
                "    " + SourceText.lineAt(cell, offset)));
    }
}
