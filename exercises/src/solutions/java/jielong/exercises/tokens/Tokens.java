package jielong.exercises.tokens;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Reference solutions of the tokenizer exercises. */
public final class Tokens {
    private Tokens() {}

    public static int[] vocabulary(String text) {
        return text.codePoints().sorted().distinct().toArray();
    }

    public static int[] encode(String text, int[] vocabulary) {
        return text.codePoints().map(c -> Arrays.binarySearch(vocabulary, c)).toArray();
    }

    public static String decode(int[] ids, int[] vocabulary) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) sb.appendCodePoint(vocabulary[id]);
        return sb.toString();
    }

    public static int[] mostFrequentPair(int[] tokens) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < tokens.length; i++) counts.merge(pair(tokens, i), 1, Integer::sum);
        int best = 0;
        for (int i = 1; i + 1 < tokens.length; i++) { // strictly more, so a tie keeps the earlier pair
            if (counts.get(pair(tokens, i)) > counts.get(pair(tokens, best))) best = i;
        }
        return new int[] {tokens[best], tokens[best + 1]};
    }

    /** The two tokens at i and i + 1 packed into one number, as a map key. */
    private static long pair(int[] tokens, int i) {
        return ((long) tokens[i] << 32) | (tokens[i + 1] & 0xffffffffL);
    }

    public static int[] merge(int[] tokens, int left, int right, int newId) {
        int[] out = new int[tokens.length];
        int n = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (i + 1 < tokens.length && tokens[i] == left && tokens[i + 1] == right) {
                out[n++] = newId;
                i++;
            } else {
                out[n++] = tokens[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
