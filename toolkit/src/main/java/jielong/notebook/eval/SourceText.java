package jielong.notebook.eval;

/** Line and column arithmetic on a cell's text (both 1-based, as editors show them). */
final class SourceText {

    private SourceText() {
    }

    /** The line holding character {@code offset}. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The column of character {@code offset} within its line. */
    static int columnOf(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.min(offset, text.length()) - 1) + 1;
        return offset - start + 1;
    }

    /** The whole line holding character {@code offset}, without its line break. */
    static String lineAt(String text, int offset) {
        int at = Math.min(offset, text.length());
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
