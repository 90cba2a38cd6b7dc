package jielong.notebook.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Help while typing, from JShell's source analysis: completions (Tab), signatures (Shift-Tab), and
 * whether code is complete. A cell holds many snippets, so each question goes to the snippet at the cursor.
 */
public final class CodeAssist {

    private final SourceCodeAnalysis analysis;

    CodeAssist(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Completion candidates at {@code cursor}, and the part of the code they replace. */
    public Completion complete(String code, int cursor) {
        int start = currentSnippetStart(code, cursor);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(code.substring(start), cursor - start, anchor);
        List<String> matches = new ArrayList<>();
        suggestions.stream().filter(Suggestion::matchesType).map(Suggestion::continuation)
                .distinct().forEach(matches::add);
        suggestions.stream().map(Suggestion::continuation).filter(s -> !matches.contains(s))
                .distinct().forEach(matches::add);
        return new Completion(matches, start + anchor[0], cursor);
    }

    /** Text to show for the name under {@code cursor} (Shift-Tab): its signatures, or an empty string. */
    public String inspect(String code, int cursor) {
        // JShell documents a name only with the cursor at its end, or just inside a call's "(".
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        if (end < code.length() && code.charAt(end) == '(') {
            String call = documentation(code, end + 1);
            if (!call.isEmpty()) {
                return call;
            }
        }
        return documentation(code, end);
    }

    private String documentation(String code, int cursor) {
        int start = currentSnippetStart(code, cursor);
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : analysis.documentation(code.substring(start), cursor - start, true)) {
            text.append(doc.signature()).append('\n');
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                text.append(doc.javadoc().strip()).append("\n\n");
            }
        }
        return text.toString().strip();
    }

    /** Whether the code could run as it is, or a console should wait for more lines. */
    public Completeness completeness(String code) {
        String rest = code;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete() || info.remaining().isBlank()) {
                return info.completeness();
            }
            rest = info.remaining();
        }
        return Completeness.EMPTY;
    }

    /** Where the snippet around {@code cursor} starts: completion must see that snippet alone. */
    private int currentSnippetStart(String code, int cursor) {
        String before = code.substring(0, cursor);
        int start = 0;
        while (start < before.length()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(before.substring(start));
            if (!info.completeness().isComplete() || info.remaining().isEmpty()) {
                break;
            }
            start = before.length() - info.remaining().length();
        }
        return start;
    }

    /** Completion candidates, and the code range {@code [start, end)} a chosen one replaces. */
    public record Completion(List<String> matches, int start, int end) {
    }

}
