package jielong.model;

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

    /** Whether the context window is full. */
    public boolean isFull() {
        return length == capacity;
    }

    /** Forgets every position. */
    public void clear() {
        length = 0;
    }
}
