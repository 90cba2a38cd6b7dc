package jielong.notebook.eval;

/**
 * Where a snippet's first line sits: in which cell (or loaded file) and at which line, so that errors
 * can name cell lines instead of JShell's snippet numbers.
 */
record SourcePlace(String label, int firstLine) {

    /** The label JShell's own cells get: {@code In [3]}, as Jupyter numbers them. */
    static String cellLabel(int executionCount) {
        return "In [" + executionCount + "]";
    }

    /** Human text for line {@code snippetLine} (1-based) of this snippet. */
    String describe(int snippetLine) {
        return label + ", line " + (firstLine + snippetLine - 1);
    }
}
