package jielong.course.hallucination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jielong.data.FactWorld;

/**
 * Words of the fact world as tokens: every city, profession, year (1900 to 2030), pronoun and
 * function word is one token, so each answer the lesson asks for is a single token whose
 * probability is the model's confidence. Names of people and landmarks are spelled in the world's
 * syllables ("Kamiro" is {@code Ka ##mi ##ro}), so a person the model never saw is written with
 * tokens it knows well, as a real tokenizer writes a new name in familiar pieces.
 */
public final class FactTokenizer {
    /** Token 0 pads short examples (see {@code Examples.PAD}). */
    public static final String PAD = "<pad>";
    /** The first and last years that are tokens. */
    public static final int FIRST_YEAR = 1900, LAST_YEAR = 2030;
    private static final String CONTINUATION = "##";

    private final List<String> tokens = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> syllables;

    /** The vocabulary of worlds made by {@link FactWorld}, cities taken from {@code world}. */
    public FactTokenizer(FactWorld world) {
        add(PAD);
        for (String w : List.of(".", ",", "He", "She", "was", "born", "in", "the")) add(w);
        FactWorld.verbs().forEach(this::add);
        FactWorld.landmarkKinds().forEach(this::add);
        FactWorld.professions().forEach(this::add);
        world.cities().forEach(this::add);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) add(Integer.toString(y));
        syllables = FactWorld.syllables();
        for (String s : syllables) add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
        for (String s : syllables) add(CONTINUATION + s);
    }

    private void add(String token) {
        if (ids.putIfAbsent(token, tokens.size()) == null) tokens.add(token);
    }

    /** Number of tokens; ids are 0 .. vocabSize() − 1. */
    public int vocabSize() {
        return tokens.size();
    }

    /** The id of one whole token ("Varnholt", "1987", "ferry captain"). */
    public int id(String token) {
        Integer id = ids.get(token);
        if (id == null) throw new IllegalArgumentException("'" + token + "' is not one token of the fact world's vocabulary");
        return id;
    }

    /** The token's text as the vocabulary holds it ("##ro" for a syllable inside a word). */
    public String token(int id) {
        return tokens.get(id);
    }

    /** The ids of sentences of the fact world: words, then names spelled in syllables. */
    public int[] encode(String text) {
        List<Integer> out = new ArrayList<>();
        String[] words = text.replace(",", " , ").replace(".", " . ").trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) continue;
            if (i + 1 < words.length && ids.containsKey(w + " " + words[i + 1])) { // "ferry captain"
                out.add(ids.get(w + " " + words[++i]));
            } else if (ids.containsKey(w)) {
                out.add(ids.get(w));
            } else {
                spell(w, out);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The text of ids, syllables joined back into words. */
    public String decode(int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            String t = tokens.get(id);
            if (t.startsWith(CONTINUATION)) sb.append(t.substring(CONTINUATION.length()));
            else if (t.equals(".") || t.equals(",")) sb.append(t);
            else sb.append(sb.length() == 0 ? "" : " ").append(t);
        }
        return sb.toString();
    }

    /** A name word in syllables, the first one capitalised; no syllable is a prefix of another, so the split is unique. */
    private void spell(String word, List<Integer> out) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int at = 0;
        while (at < lower.length()) {
            String match = null;
            for (String s : syllables) if (lower.startsWith(s, at) && (match == null || s.length() > match.length())) match = s;
            if (match == null) {
                throw new IllegalArgumentException("'" + word + "' is neither a word of the fact world nor made of its syllables "
                        + syllables + ": only text about the fact world can be tokenized");
            }
            out.add(ids.get(at == 0 ? Character.toUpperCase(match.charAt(0)) + match.substring(1) : CONTINUATION + match));
            at += match.length();
        }
    }
}
