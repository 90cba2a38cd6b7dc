package jielong.exercises.ch15;

/**
 * Exercise 4: one attention head with a KV cache. Each new token's key and value are stored once
 * ({@link #append}); its query then attends over every stored key ({@link #attend}), so a token
 * costs one position's work instead of a pass over the whole sequence.
 */
public final class CachedAttention {
    private final int headSize, capacity;
    // TODO: room for up to capacity keys and values of headSize numbers each, and how many are stored

    /** A cache for up to {@code capacity} tokens of keys and values of {@code headSize} numbers. */
    public CachedAttention(int headSize, int capacity) {
        this.headSize = headSize;
        this.capacity = capacity;
    }

    /**
     * Stores one token's key and value (each {@code headSize} numbers, copied). Throw an
     * IllegalStateException when the cache already holds {@code capacity} tokens.
     */
    public void append(float[] key, float[] value) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 15, exercise 4");
    }

    /**
     * The head's output for one query over every stored token: weights softmax(q·kⱼ / √headSize)
     * over the stored tokens j, then the weighted sum of their values ({@code headSize} numbers).
     */
    public float[] attend(float[] query) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 15, exercise 4");
    }
}
