package jielong.exercises.tokens;

/**
 * The tokenizer exercises of notebook 01 (where the vocabulary comes from): a character tokenizer,
 * then one step of byte-pair encoding (BPE), the kind of tokenizer GPT-2 uses. Characters are Unicode code points, so an emoji is one character.
 */
public final class Tokens {
    private Tokens() {}

    /** Exercise 1 (one line with streams): every distinct code point of the text, in increasing order. */
    public static int[] vocabulary(String text) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 01, tokenizer exercise 1");
    }

    /** Exercise 2: the id of each character of the text: its index in the vocabulary. */
    public static int[] encode(String text, int[] vocabulary) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 01, tokenizer exercise 2");
    }

    /** Exercise 2, the other way: the text that the ids stand for. */
    public static String decode(int[] ids, int[] vocabulary) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 01, tokenizer exercise 2");
    }

    /**
     * Exercise 3: the pair of neighbouring tokens that occurs most often, as {left, right}; on a tie,
     * the pair that occurs first. Count every position, overlaps included ("a a a" holds (a, a) twice).
     */
    public static int[] mostFrequentPair(int[] tokens) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 01, tokenizer exercise 3");
    }

    /**
     * Exercise 4: one BPE merge: scanning left to right, replace each occurrence of (left, right) by
     * newId and return the shorter sequence. Overlaps go to the left: (a, a) turns "a a a" into "aa a".
     */
    public static int[] merge(int[] tokens, int left, int right, int newId) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 01, tokenizer exercise 4");
    }
}
