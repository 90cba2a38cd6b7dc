package jielong.generate;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.KvCache;

/**
 * Writes text one token at a time, each choice fed back as input: the word-chain game (文字接龙).
 * With the KV cache each new token costs one position of work; without it (for comparison) the
 * whole context is recomputed for every token.
 */
public final class Generator {
    private final Gpt model;

    public Generator(Gpt model) {
        this.model = model;
    }

    /**
     * Continues the prompt by {@code maxNewTokens} tokens, passing each to {@code onToken} as soon as
     * it is chosen; returns the new tokens. The same seed gives the same text.
     */
    public int[] generate(int[] prompt, int maxNewTokens, Sampling sampling, long seed, IntConsumer onToken) {
        if (prompt.length == 0) throw new IllegalArgumentException("the prompt needs at least one token");
        Random rng = new Random(seed);
        int block = model.config.blockSize();
        KvCache cache = new KvCache(model.config);
        int[] context = Arrays.copyOfRange(prompt, Math.max(0, prompt.length - block), prompt.length);
        float[] logits = prefill(cache, context);
        int[] out = new int[maxNewTokens];
        int[] recent = context;
        for (int i = 0; i < maxNewTokens; i++) {
            int next = Sampler.pick(logits, sampling, rng);
            out[i] = next;
            if (onToken != null) onToken.accept(next);
            if (i == maxNewTokens - 1) break;
            recent = append(recent, next, block);
            if (cache.isFull()) {
                // The window is full: keep the most recent half and rebuild the cache from it, so the
                // model never attends further back than its context allows.
                cache.clear();
                logits = prefill(cache, Arrays.copyOfRange(recent, recent.length - block / 2, recent.length));
            } else {
                logits = model.step(next, cache);
            }
        }
        return out;
    }

    /** The same without a KV cache: every token recomputes the whole (cropped) context. */
    public int[] generateUncached(int[] prompt, int maxNewTokens, Sampling sampling, long seed, IntConsumer onToken) {
        if (prompt.length == 0) throw new IllegalArgumentException("the prompt needs at least one token");
        Random rng = new Random(seed);
        int block = model.config.blockSize(), v = model.config.vocabSize();
        int[] context = prompt.clone();
        int[] out = new int[maxNewTokens];
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int i = 0; i < maxNewTokens; i++) {
                int[] window = Arrays.copyOfRange(context, Math.max(0, context.length - block), context.length);
                Tensor logits = model.forward(window, window.length);
                float[] last = Arrays.copyOfRange(logits.host().data, (window.length - 1) * v, window.length * v);
                int next = Sampler.pick(last, sampling, rng);
                out[i] = next;
                if (onToken != null) onToken.accept(next);
                context = Arrays.copyOf(context, context.length + 1);
                context[context.length - 1] = next;
            }
        }
        return out;
    }

    /** Logits for the token after {@code tokens}, with the cache filled for all of them. */
    private float[] prefill(KvCache cache, int[] tokens) {
        float[] logits = null;
        for (int token : tokens) logits = model.step(token, cache);
        return logits;
    }

    private static int[] append(int[] recent, int token, int block) {
        int[] r = Arrays.copyOfRange(recent, Math.max(0, recent.length + 1 - block), recent.length + 1);
        r[r.length - 1] = token;
        return r;
    }
}
