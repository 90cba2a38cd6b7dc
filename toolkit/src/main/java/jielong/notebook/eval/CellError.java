package jielong.notebook.eval;

import java.util.List;

/**
 * Why a cell failed, in the three parts a notebook stores: a name (the exception class, or a kind
 * such as {@code CompileError}), a message, and traceback lines that point at cell lines.
 */
public record CellError(String name, String message, List<String> traceback) {

    /** Names for failures that are not a Java exception. */
    public static final String COMPILE_ERROR = "CompileError";
    public static final String INCOMPLETE = "IncompleteCell";
    public static final String INTERRUPTED = "Interrupted";
    public static final String TIMED_OUT = "TimedOut";
    public static final String UNRESOLVED = "UnresolvedReference";
    public static final String MAGIC_ERROR = "MagicError";

    public CellError {
        message = message == null ? "" : message;
        traceback = List.copyOf(traceback);
    }

    /** An error whose traceback is just its one-line summary. */
    static CellError of(String name, String message) {
        return new CellError(name, message, List.of(name + ": " + message));
    }

    /** A value that could not be shown: its renderer threw. */
    public static CellError renderingFailed(RuntimeException e) {
        return new CellError(e.getClass().getName(), "could not show the cell's value: " + e.getMessage(),
                List.of(e.getClass().getName() + ": could not show the cell's value: " + e.getMessage()));
    }

    /** The traceback as one block of text, as a terminal would print it. */
    public String render() {
        return String.join("\n", traceback);
    }
}
