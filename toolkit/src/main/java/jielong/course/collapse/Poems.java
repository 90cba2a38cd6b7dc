package jielong.course.collapse;

import java.util.ArrayList;
import java.util.List;

import jielong.course.models.TangText;
import jielong.tokenize.CharTokenizer;

/**
 * The Tang quatrains as lists of poems, each a character-token array without its newline: the
 * real data the first generation learns from (from lesson 04's training 90%) and held-out poems
 * (from its last 10%, never trained on by any generation) to score every generation on.
 *
 * @param tokenizer one token per character of the whole corpus, the newline included
 * @param real      the first {@code realPoems} training poems
 * @param heldOut   the first {@code heldOutPoems} held-out poems
 */
public record Poems(CharTokenizer tokenizer, List<int[]> real, List<int[]> heldOut) {
    /** Cuts lesson 04's split into poems and keeps the first {@code realPoems} and {@code heldOutPoems}. */
    public static Poems from(TangText text, int realPoems, int heldOutPoems) {
        CharTokenizer tok = text.tokenizer();
        List<int[]> train = split(text.train().tokens(), tok.encode("\n")[0], false);
        List<int[]> val = split(text.val().tokens(), tok.encode("\n")[0], true);
        if (realPoems < 1 || realPoems > train.size() || heldOutPoems < 1 || heldOutPoems > val.size()) {
            throw new IllegalArgumentException("ask for 1 to " + train.size() + " real poems and 1 to " + val.size()
                    + " held-out poems; got " + realPoems + " and " + heldOutPoems);
        }
        return new Poems(tok, List.copyOf(train.subList(0, realPoems)), List.copyOf(val.subList(0, heldOutPoems)));
    }

    /** The newline's token: it starts and ends every poem. */
    public int newline() {
        return tokenizer.encode("\n")[0];
    }

    /** Number of tokens, V. */
    public int vocabSize() {
        return tokenizer.vocabSize();
    }

    /** The poems as one stream, each followed by a newline, the first preceded by one (how the models read them). */
    public int[] stream(List<int[]> poems) {
        int length = 1;
        for (int[] p : poems) length += p.length + 1;
        int[] out = new int[length];
        int at = 0;
        out[at++] = newline();
        for (int[] p : poems) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
            out[at++] = newline();
        }
        return out;
    }

    /** A poem as text. */
    public String text(int[] poem) {
        return tokenizer.decode(poem);
    }

    private static List<int[]> split(int[] tokens, int newline, boolean dropFirst) {
        List<int[]> poems = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] != newline) continue;
            if (i > start && !(dropFirst && start == 0)) poems.add(java.util.Arrays.copyOfRange(tokens, start, i));
            start = i + 1;
        }
        return poems; // the last poem, cut by the split or by the end, is left out
    }
}
