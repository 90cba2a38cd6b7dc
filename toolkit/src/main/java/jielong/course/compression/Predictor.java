package jielong.course.compression;

import java.util.Arrays;

import jielong.model.Gpt;
import jielong.model.KvCache;

/**
 * The model's forecast of the next token, one token at a time, as the encoder and the decoder both
 * need it. Both sides must get bit-identical probabilities, so both run this same code in the same
 * order: the KV cache, and when the context is full, a restart from the most recent half of it.
 */
final class Predictor {
    private final Gpt model;
    private final KvCache cache;
    private final int block, vocab;
    private int[] recent = new int[0];
    private float[] logits; // null before the first token: nothing to predict from yet

    Predictor(Gpt model) {
        this.model = model;
        this.cache = new KvCache(model.config);
        this.block = model.config.blockSize();
        this.vocab = model.config.vocabSize();
    }

    /** Probabilities of every next token: uniform for the first token, the model's softmax after that. */
    double[] next() {
        double[] p = new double[vocab];
        if (logits == null) {
            Arrays.fill(p, 1.0 / vocab);
            return p;
        }
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (float l : logits) max = Math.max(max, l);
        for (int i = 0; i < vocab; i++) sum += p[i] = Math.exp(logits[i] - max);
        for (int i = 0; i < vocab; i++) p[i] /= sum;
        return p;
    }

    /** Tells the model which token came, so it can predict the one after. */
    void accept(int token) {
        int keep = Math.min(recent.length + 1, block);
        int[] r = Arrays.copyOfRange(recent, recent.length + 1 - keep, recent.length + 1);
        r[keep - 1] = token;
        recent = r;
        if (cache.isFull()) {
            // Same policy as the Generator: keep the latest half of the context and rebuild the cache from it.
            cache.clear();
            for (int t : Arrays.copyOfRange(recent, recent.length - block / 2, recent.length)) logits = model.step(t, cache);
        } else {
            logits = model.step(token, cache);
        }
    }
}
