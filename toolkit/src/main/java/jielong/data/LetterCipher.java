package jielong.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random letter substitution: each of the {@link #PLAIN} letters is replaced by its own letter of
 * {@link #CODE}. A fresh cipher per prompt is a task a model can only learn from the prompt's
 * examples, the test of in-context learning; the two alphabets share no letter, so a letter of a
 * question is never mistaken for one of an answer.
 *
 * @param key {@code key[i]} is the code letter for {@code PLAIN.charAt(i)}
 */
public record LetterCipher(char[] key) {
    /** The letters questions are written in. */
    public static final String PLAIN = "abcdef";
    /** The letters answers are written in. */
    public static final String CODE = "pqrstu";
    /** Letters in a word to encode. */
    public static final int WORD_LENGTH = 3;

    public LetterCipher {
        if (key.length != PLAIN.length()) {
            throw new IllegalArgumentException("a cipher maps " + PLAIN.length() + " letters, got a key of " + key.length);
        }
        key = key.clone();
    }

    /** A cipher drawn at random: a random permutation of {@link #CODE} (Fisher-Yates). */
    public static LetterCipher random(Random random) {
        char[] key = CODE.toCharArray();
        for (int i = key.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char t = key[i];
            key[i] = key[j];
            key[j] = t;
        }
        return new LetterCipher(key);
    }

    /** A word of {@link #WORD_LENGTH} letters of {@link #PLAIN}, drawn with replacement. */
    public static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < WORD_LENGTH; i++) w.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
        return w.toString();
    }

    /** The word with every letter replaced by its code letter. */
    public String encode(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            int at = PLAIN.indexOf(word.charAt(i));
            if (at < 0) throw new IllegalArgumentException("'" + word.charAt(i) + "' in \"" + word + "\" is not one of " + PLAIN);
            out.append(key[at]);
        }
        return out.toString();
    }

    /** {@code n} different words with their encodings, as question-answer pairs. */
    public List<String[]> pairs(Random random, int n) {
        List<String[]> out = new ArrayList<>(n);
        List<String> used = new ArrayList<>();
        while (out.size() < n) {
            String w = word(random);
            if (used.contains(w)) continue;
            used.add(w);
            out.add(new String[] {w, encode(w)});
        }
        return out;
    }

    /**
     * Whether every letter of {@code query} appears in some example's question: if not, the
     * examples alone cannot tell its code letter, so the share of covered queries caps the accuracy.
     */
    public static boolean covered(List<String[]> examples, String query) {
        for (char c : query.toCharArray()) {
            boolean seen = false;
            for (String[] e : examples) seen |= e[0].indexOf(c) >= 0;
            if (!seen) return false;
        }
        return true;
    }
}
