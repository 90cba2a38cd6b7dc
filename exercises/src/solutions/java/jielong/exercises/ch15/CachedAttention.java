package jielong.exercises.ch15;

/**
 * Exercise 4: one attention head with a KV cache. Each new token's key and value are stored once
 * ({@link #append}); its query then attends over every stored key ({@link #attend}), so a token
 * costs one position's work instead of a pass over the whole sequence.
 */
public final class CachedAttention {
    private final int headSize, capacity;
    private final float[][] keys, values;
    private int length;

    public CachedAttention(int headSize, int capacity) {
        this.headSize = headSize;
        this.capacity = capacity;
        keys = new float[capacity][];
        values = new float[capacity][];
    }

    public void append(float[] key, float[] value) {
        if (length == capacity) throw new IllegalStateException("the cache is full: " + capacity + " tokens");
        keys[length] = key.clone();
        values[length] = value.clone();
        length++;
    }

    public float[] attend(float[] query) {
        double[] w = new double[length];
        double max = Double.NEGATIVE_INFINITY, scale = 1 / Math.sqrt(headSize);
        for (int j = 0; j < length; j++) {
            double dot = 0;
            for (int i = 0; i < headSize; i++) dot += query[i] * keys[j][i];
            w[j] = dot * scale;
            max = Math.max(max, w[j]);
        }
        double sum = 0;
        for (int j = 0; j < length; j++) sum += w[j] = Math.exp(w[j] - max); // minus the max: no overflow
        float[] out = new float[headSize];
        for (int j = 0; j < length; j++) {
            for (int i = 0; i < headSize; i++) out[i] += (float) (w[j] / sum * values[j][i]);
        }
        return out;
    }
}
