package jielong.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Four ways to rewrite a three-letter word, for few-shot prompts whose examples are the only clue to
 * which one is wanted: {@code "cat"} becomes {@code "cat"}, {@code "CAT"}, {@code "Cat"} or {@code "c a t"}.
 * All four are copies of the word, letter by letter, which a two-layer model can learn to do (reversing
 * or shifting the letters, tried first, were beyond the lesson's model: it learnt capitals and no other).
 * A model trained on episodes of all four, each episode one task, learns to read the task off its
 * examples: with none it can only guess, with one or two it knows. That is in-context learning in the
 * sense small models manage: picking out a task it already knows, not learning a new one
 * ({@link LetterCipher} is the new one).
 */
public enum WordTask {
    /** The word as it is: {@code cat → cat}. */
    COPY("copy"),
    /** Every letter a capital: {@code cat → CAT}. */
    UPPER("capitals"),
    /** The first letter a capital: {@code cat → Cat}. */
    TITLE("capital first"),
    /** A space between letters: {@code cat → c a t}. */
    SPACED("spaced");

    /** Letters in a word. */
    public static final int WORD_LENGTH = 3;

    private final String label;

    WordTask(String label) {
        this.label = label;
    }

    /** A short name for tables and legends. */
    public String label() {
        return label;
    }

    /** The task applied to a word of lower-case letters a to z. */
    public String apply(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                throw new IllegalArgumentException("'" + c + "' in \"" + word + "\" is not a lower-case letter a-z");
            }
        }
        return switch (this) {
            case COPY -> word;
            case UPPER -> word.toUpperCase(Locale.ROOT);
            case TITLE -> word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            case SPACED -> String.join(" ", word.split(""));
        };
    }

    /** A word of {@link #WORD_LENGTH} letters a to z, drawn with replacement. */
    public static String word(Random random) {
        StringBuilder w = new StringBuilder(WORD_LENGTH);
        for (int i = 0; i < WORD_LENGTH; i++) w.append((char) ('a' + random.nextInt(26)));
        return w.toString();
    }

    /**
     * {@code n} different words with this task's answers, as question-answer pairs. Words whose
     * answer two tasks would share are skipped, so every example tells the tasks
     * apart (none of three letters; the check keeps it so if tasks are added).
     */
    public List<String[]> pairs(Random random, int n) {
        List<String[]> out = new ArrayList<>(n);
        List<String> used = new ArrayList<>();
        while (out.size() < n) {
            String w = word(random);
            if (used.contains(w) || ambiguous(w)) continue;
            used.add(w);
            out.add(new String[] {w, apply(w)});
        }
        return out;
    }

    /** Whether two tasks give the same answer for this word. */
    static boolean ambiguous(String word) {
        WordTask[] all = values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) if (all[i].apply(word).equals(all[j].apply(word))) return true;
        }
        return false;
    }

    /** A task drawn uniformly. */
    public static WordTask random(Random random) {
        return values()[random.nextInt(values().length)];
    }
}
