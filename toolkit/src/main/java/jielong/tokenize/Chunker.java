package jielong.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the chunks inside which {@link BpeTokenizer} merges bytes; no token spans two chunks.
 *
 * <p>Without chunks, frequent neighbours such as "e." or "d t" would become tokens, and the same
 * word would be tokenized differently before a full stop and before a comma. So a chunk is one of:
 * <ul>
 *   <li>a run of letters, with the single space before it if there is one: {@code " hello"}, {@code "床前明月光"};</li>
 *   <li>a run of digits, likewise: {@code " 2024"};</li>
 *   <li>a run of other symbols (punctuation, emoji), likewise: {@code " :-)"};</li>
 *   <li>a run of whitespace, less the last space when a chunk above takes it: {@code "\n\n"}.</li>
 * </ul>
 * Combining marks join the letters or symbols they follow, so "é" written as e + U+0301 stays together.
 * The chunks, concatenated, give back the text exactly. GPT-2 splits in the same spirit, with a
 * longer rule that also separates endings such as {@code 's}; unlike GPT-2's rule, whitespace
 * before a word gives up only a last space, never a last newline, so "\n\nThe" is "\n\n", "The".
 */
public final class Chunker {

    private static final Pattern CHUNK = Pattern.compile(String.join("|",
            " ?[\\p{L}\\p{M}]+",           // letters (any script), with their combining marks
            " ?\\p{N}+",                    // digits
            " ?[^\\s\\p{L}\\p{N}]+",        // everything else that is not whitespace
            "\\s+(?= \\S)",                 // whitespace, leaving its last space to the chunk after it
            "\\s+"),                        // any other run of whitespace
            Pattern.UNICODE_CHARACTER_CLASS);  // so that \s also means spaces such as U+3000

    private Chunker() {
    }

    /** Returns the chunks of {@code text}, in order; joined together they are {@code text} again. */
    public static List<String> split(String text) {
        List<String> chunks = new ArrayList<>();
        Matcher matcher = CHUNK.matcher(text);
        int end = 0;
        while (matcher.find()) {
            // Every character matches one of the alternatives, so chunks follow each other without gaps.
            if (matcher.start() != end) {
                throw new IllegalStateException("Chunker skipped text at index " + end);
            }
            chunks.add(matcher.group());
            end = matcher.end();
        }
        if (end != text.length()) {
            throw new IllegalStateException("Chunker skipped text at index " + end);
        }
        return chunks;
    }
}
