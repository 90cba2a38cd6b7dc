package jielong.model;

import java.util.Arrays;

/**
 * A GPT reading a text one token at a time with a KV cache, under the {@link ContextWindow} rule:
 * after each token, the logits of the next. The generator, the compressor and the language-model
 * interface all read this way, so they see the same window and get the same numbers.
 */
public final class CachedReader {
    private final Gpt model;
    private final KvCache cache;
    private final ContextWindow window;
    private int[] seen = new int[0]; // the tokens in the cache, oldest first
    private float[] logits;          // null until the first token: nothing to predict from yet

    /** A reader that has read nothing yet, with a KV cache of the model's context. */
    public CachedReader(Gpt model) {
        this.model = model;
        this.cache = new KvCache(model.config);
        this.window = ContextWindow.of(model.config);
    }

    /** Reads one token and returns the logits [V] for the one after it. */
    public float[] accept(int token) {
        if (cache.isFull()) {
            // The window is full: keep the latest half (with this token) and rebuild the cache from it,
            // so the model never attends further back than its context allows.
            int h = window.restartLength();
            int[] kept = Arrays.copyOfRange(seen, seen.length - h + 1, seen.length + 1);
            kept[h - 1] = token;
            cache.clear();
            seen = new int[0];
            for (int t : kept) step(t);
        } else {
            step(token);
        }
        return logits;
    }

    /** Reads several tokens in order; returns the logits after the last (null if there were none and nothing was read before). */
    public float[] accept(int[] tokens) {
        int[] all = Arrays.copyOf(seen, seen.length + tokens.length);
        System.arraycopy(tokens, 0, all, seen.length, tokens.length);
        int[] target = window.crop(all);
        if (target.length < all.length) { // a restart happens on the way: go straight to the window it ends in
            cache.clear();
            seen = new int[0];
            for (int t : target) step(t);
        } else {
            for (int t : tokens) step(t);
        }
        return logits;
    }

    /** The logits [V] for the next token, or null before the first token. */
    public float[] logits() {
        return logits;
    }

    /** The tokens the model sees now, oldest first. */
    public int[] window() {
        return seen.clone();
    }

    private void step(int token) {
        logits = model.step(token, cache);
        seen = Arrays.copyOf(seen, seen.length + 1);
        seen[seen.length - 1] = token;
    }
}
