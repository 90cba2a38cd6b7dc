package jielong.model;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * The keys and values of every position generated so far, per layer, so that each new token
 * costs one position of work instead of a pass over the whole context.
 */
public final class KvCache {
    final Tensor[] keys, values;
    final int capacity;
    int length;

    public KvCache(GptConfig c) {
        capacity = c.blockSize();
        keys = new Tensor[c.nLayer()];
        values = new Tensor[c.nLayer()];
        for (int l = 0; l < c.nLayer(); l++) {
            keys[l] = Tensor.zeros(capacity, c.nEmbd());
            values[l] = Tensor.zeros(capacity, c.nEmbd());
        }
    }

    /** Number of positions held. */
    public int length() {
        return length;
    }

    /** Number of positions it can hold: the model's context. */
    public int capacity() {
        return capacity;
    }

    /** Whether the context window is full. */
    public boolean isFull() {
        return length == capacity;
    }

    /** Bytes its keys and values take: 2·layers·context·width floats, all reserved up front for the whole context. */
    public long bytes() {
        long floats = 0;
        for (int l = 0; l < keys.length; l++) floats += keys[l].size() + values[l].size();
        return 4 * floats;
    }

    /** Forgets every position. */
    public void clear() {
        length = 0;
    }

    /**
     * Layer {@code layer}'s attention for qkv[T, 3C], the rows being positions length, length + 1, ...:
     * each row's key and value go into the cache, then the row attends over every position up to its own.
     */
    Tensor attend(int layer, Tensor qkv, int heads) {
        if (qkv.rows() == 1) return Ops.attentionStep(qkv, keys[layer], values[layer], length, heads);
        // Several new positions (a prompt fed at once): one row at a time, in order, so that each
        // finds the keys of the rows before it already in the cache.
        int rows = qkv.rows(), w = qkv.cols(), c = w / 3;
        float[] all = qkv.host().data, out = new float[rows * c];
        for (int r = 0; r < rows; r++) {
            float[] row = java.util.Arrays.copyOfRange(all, r * w, (r + 1) * w);
            Tensor y = Ops.attentionStep(Tensor.of(row, 1, w), keys[layer], values[layer], length + r, heads);
            System.arraycopy(y.host().data, 0, out, r * c, c);
        }
        return Tensor.of(out, rows, c);
    }
}
