package jielong.model;

/**
 * What a model with a fixed context sees of a longer text, one rule for generation, scoring and
 * compression alike: every token while they fit; when the window is full and another token comes,
 * keep only the most recent half (with the new token) and go on from there. A KV cache then
 * restarts only once every size/2 tokens instead of being rebuilt at every token.
 *
 * @param size the context, in tokens (the model's block size)
 */
public record ContextWindow(int size) {
    public ContextWindow {
        if (size < 1) throw new IllegalArgumentException("a context window holds at least one token, got " + size);
    }

    /** The window of a model. */
    public static ContextWindow of(GptConfig config) {
        return new ContextWindow(config.blockSize());
    }

    /** Tokens kept when the window is full and one more comes: half the window (at least 1). */
    public int restartLength() {
        return Math.max(1, size / 2);
    }

    /** How many of the latest tokens the model sees after reading n tokens one at a time. */
    public int seen(int n) {
        if (n <= size) return n;
        int h = restartLength();
        return h + (n - size - 1) % (size - h + 1); // after each restart the window grows from h back to size
    }

    /** The tokens the model sees after reading {@code history} one at a time: its last {@link #seen} tokens. */
    public int[] crop(int[] history) {
        return java.util.Arrays.copyOfRange(history, history.length - seen(history.length), history.length);
    }
}
