package jielong.tokenize;

/**
 * One rule learned by byte-pair encoding: wherever token {@code left} is directly followed by
 * token {@code right}, the two become the single token {@code id}.
 *
 * @param left  the first token of the pair
 * @param right the second token of the pair
 * @param id    the new token; larger than both parts, since a token is built from older ones
 */
public record Merge(int left, int right, int id) {

    /** Checks that the new token is built from existing, older tokens. */
    public Merge {
        if (left < 0 || right < 0 || left >= id || right >= id) {
            throw new IllegalArgumentException("A merge must build a new token from two older ones, but "
                    + left + " + " + right + " -> " + id + " does not.");
        }
    }

    /**
     * Replaces every occurrence of the pair in {@code tokens[0, length)} by the new token, scanning
     * left to right, in place. Returns the new length.
     * Overlaps go to the left: with the pair (a, a), the tokens "a a a" become "aa a".
     */
    public int applyTo(int[] tokens, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            if (i + 1 < length && tokens[i] == left && tokens[i + 1] == right) {
                tokens[out++] = id;
                i++;                   // the right token is used up
            } else {
                tokens[out++] = tokens[i];
            }
        }
        return out;
    }
}
