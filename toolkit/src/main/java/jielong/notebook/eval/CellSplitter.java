package jielong.notebook.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Cuts a cell into JShell snippets (one statement, declaration or expression each), remembering where
 * each starts so errors can point at cell lines. JShell itself evaluates only one snippet at a time.
 */
final class CellSplitter {

    /** One snippet: its source and the offset in the cell of its first character. */
    record Piece(String source, int offset) {
    }

    /** The split: the pieces, and the offset where an unfinished statement starts, or -1. */
    record Split(List<Piece> pieces, int incompleteAt) {
    }

    private final SourceCodeAnalysis analysis;

    CellSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Splits {@code cell} between offsets {@code from} and {@code to}. */
    Split split(String cell, int from, int to) {
        List<Piece> pieces = new ArrayList<>();
        int at = from;
        while (at < to) {
            String rest = cell.substring(at, to);
            CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break; // only blanks and comments are left
            }
            int lead = leadingBlanks(rest);
            if (completeness == Completeness.DEFINITELY_INCOMPLETE
                    || completeness == Completeness.CONSIDERED_INCOMPLETE) {
                return new Split(pieces, at + lead);
            }
            int used = rest.length() - info.remaining().length();
            if (used <= 0 || completeness == Completeness.UNKNOWN) {
                used = rest.length(); // not Java JShell understands: let the compiler say why
            }
            String source = completeness == Completeness.COMPLETE_WITH_SEMI
                    ? info.source() : rest.substring(0, used);
            // JShell loses line numbers for a snippet that starts with blank lines, so start at its text.
            pieces.add(new Piece(source.substring(Math.min(lead, source.length())), at + lead));
            at += used;
        }
        return new Split(pieces, -1);
    }

    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
