package jielong.course.whitebox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.course.models.TangText;

/**
 * Windows of held-out poetry at random offsets (so a window's first character can be any character
 * of a poem, and where a character sits in its window says nothing about where it sits in its
 * line), with what each character is: its place in its five-character phrase, and the next character.
 *
 * @param tokens   the windows' token ids laid end to end, windows × t
 * @param chars    the characters, the same layout
 * @param t        window length, tokens
 * @param phrase   per character, its place in its phrase (0 to 4), −1 for punctuation and line breaks
 * @param next     per character, the next character's token id (the target), the same layout
 */
public record PoemWindows(int[] tokens, List<String> chars, int t, int[] phrase, int[] next) {
    /** {@code count} windows of {@code t} characters from the held-out text, offsets drawn with the seed. */
    public static PoemWindows heldOut(TangText text, int count, int t, long seed) {
        int[] val = text.val().tokens();
        String all = text.tokenizer().decode(val);
        List<String> cs = all.codePoints().mapToObj(Character::toString).toList();
        if (cs.size() != val.length) throw new IllegalStateException("the tokenizer is not one token a character");
        int[] place = new int[val.length];
        int k = -1; // unknown until the first punctuation mark
        for (int i = 0; i < val.length; i++) {
            if (isBreak(cs.get(i))) {
                place[i] = -1;
                k = 0;
            } else {
                place[i] = k >= 0 && k < 5 ? k : -1;
                if (k >= 0) k++;
            }
        }
        Random rng = new Random(seed);
        int[] tokens = new int[count * t], phrase = new int[count * t], next = new int[count * t];
        List<String> chars = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int start = rng.nextInt(val.length - t - 1);
            for (int i = 0; i < t; i++) {
                tokens[w * t + i] = val[start + i];
                phrase[w * t + i] = place[start + i];
                next[w * t + i] = val[start + i + 1];
                chars.add(cs.get(start + i));
            }
        }
        return new PoemWindows(tokens, List.copyOf(chars), t, phrase, next);
    }

    /** Whether a character ends a phrase or a poem: a punctuation mark or a line break. */
    public static boolean isBreak(String c) {
        return "，。？！；：、\n".contains(c);
    }

    /** The number of windows. */
    public int windows() {
        return tokens.length / t;
    }

    /** The characters before row {@code row} in its window (at most {@code before}), then the row's own in brackets. */
    public String context(int row, int before) {
        int from = Math.max(row - before, row / t * t);
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < row; i++) sb.append(show(chars.get(i)));
        return sb.append('[').append(show(chars.get(row))).append(']').toString();
    }

    private static String show(String c) {
        return c.equals("\n") ? "⏎" : c;
    }
}
