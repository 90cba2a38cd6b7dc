package jielong.tokenize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as tokens and numbers digit by digit, for generated worlds with a closed vocabulary (word
 * problems, instructions, sums): "60 km/h." is {@code 6 0 km/h .}. Spelling numbers in digits lets a
 * model meet a number it never saw written with tokens it knows, and do arithmetic column by
 * column; a word is one token, so a short model context holds a whole worked problem. Id 0 pads
 * short examples ({@code Examples.PAD}), id 1 ends an answer, ids 2 to 11 are the digits 0 to 9.
 */
public final class WordTokenizer {
    /** Fills the end of a short example; never a target. */
    public static final String PAD = "<pad>";
    /** Written after a completion: where a generating model stops. */
    public static final String END = "<end>";
    /** Ids of {@link #PAD} and {@link #END}. */
    public static final int PAD_ID = 0, END_ID = 1;

    // A digit, a word (letters, inner slashes allowed as in "km/h"), or any other single symbol.
    private static final Pattern PIECE = Pattern.compile("\\d|\\p{L}+(?:/\\p{L}+)*|\\S");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", "?", ":", ";", "!");

    private final List<String> tokens = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();

    /** A vocabulary of the special tokens, the ten digits, then {@code words} in order (repeats ignored). */
    public WordTokenizer(Collection<String> words) {
        add(PAD);
        add(END);
        for (char d = '0'; d <= '9'; d++) add(Character.toString(d));
        for (String w : words) {
            if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a token is one word without spaces, got '" + w + "'");
            }
            add(w);
        }
    }

    /** The vocabulary of every piece of {@code texts}, in order of first appearance. */
    public static WordTokenizer fromTexts(Collection<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) words.addAll(pieces(text));
        return new WordTokenizer(words);
    }

    /** The pieces {@link #encode} makes of {@code text}: words, single digits, single symbols. */
    public static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private void add(String token) {
        if (ids.putIfAbsent(token, tokens.size()) == null) tokens.add(token);
    }

    /** Number of tokens; ids are 0 .. vocabSize() − 1. */
    public int vocabSize() {
        return tokens.size();
    }

    /** The id of one token ("km/h", "7", "<end>"). */
    public int id(String token) {
        Integer id = ids.get(token);
        if (id == null) throw new IllegalArgumentException("'" + token + "' is not in this vocabulary of " + tokens.size() + " tokens");
        return id;
    }

    /** The text of one token. */
    public String token(int id) {
        if (id < 0 || id >= tokens.size()) throw new IllegalArgumentException("token id " + id + " is outside [0, " + tokens.size() + ")");
        return tokens.get(id);
    }

    /** The ids of a text of this vocabulary's words, numbers spelled digit by digit. */
    public int[] encode(String text) {
        List<String> pieces = pieces(text);
        int[] out = new int[pieces.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = ids.get(pieces.get(i));
            if (id == null) {
                throw new IllegalArgumentException("'" + pieces.get(i) + "' in \"" + text + "\" is not in this vocabulary of "
                        + tokens.size() + " tokens: build the tokenizer from texts that contain it");
            }
            out[i] = id;
        }
        return out;
    }

    /**
     * The text of ids: words separated by spaces, digits of one number and a decimal point between
     * digits written together, no space before punctuation; {@link #END} and padding are left out.
     */
    public String decode(int[] ids) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (int i = 0; i < ids.length; i++) {
            String t = token(ids[i]);
            if (t.equals(PAD) || t.equals(END)) continue;
            String next = i + 1 < ids.length ? token(ids[i + 1]) : null;
            boolean glue = previous == null
                    || (isDigit(previous) && isDigit(t))
                    || (t.equals(".") && isDigit(previous) && next != null && isDigit(next))
                    || (previous.equals(".") && isDigit(t) && sb.length() >= 2 && Character.isDigit(sb.charAt(sb.length() - 2)))
                    || NO_SPACE_BEFORE.contains(t);
            if (!glue) sb.append(' ');
            sb.append(t);
            previous = t;
        }
        return sb.toString();
    }

    private static boolean isDigit(String t) {
        return t.length() == 1 && Character.isDigit(t.charAt(0));
    }
}
