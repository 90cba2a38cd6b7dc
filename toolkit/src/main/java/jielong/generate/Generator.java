package jielong.generate;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import jielong.engine.Tensor;
import jielong.model.CachedReader;
import jielong.model.ContextWindow;
import jielong.model.Gpt;

/**
 * Writes text one token at a time, each choice fed back as input: the word-chain game (文字接龙).
 * With the KV cache each new token costs one position of work; without it (for comparison) the
 * whole context is recomputed for every token. Both read the prompt and the text so far under one
 * {@link ContextWindow} rule, so they choose the same tokens.
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
        CachedReader reader = new CachedReader(model);
        return decode(reader.accept(prompt), reader::accept, maxNewTokens, sampling, seed, onToken);
    }

    /**
     * The same without a KV cache: every token recomputes the whole window (the same {@link
     * ContextWindow} rule), so it gives the same tokens as {@link #generate}, only slower.
     */
    public int[] generateUncached(int[] prompt, int maxNewTokens, Sampling sampling, long seed, IntConsumer onToken) {
        if (prompt.length == 0) throw new IllegalArgumentException("the prompt needs at least one token");
        ContextWindow window = ContextWindow.of(model.config);
        int[][] context = {prompt.clone()};
        IntFunction<float[]> recompute = next -> {
            if (next >= 0) {
                context[0] = Arrays.copyOf(context[0], context[0].length + 1);
                context[0][context[0].length - 1] = next;
            }
            int[] w = window.crop(context[0]);
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                int v = model.config.vocabSize();
                return Arrays.copyOfRange(model.forward(w, w.length).host().data, (w.length - 1) * v, w.length * v);
            }
        };
        return decode(recompute.apply(-1), recompute, maxNewTokens, sampling, seed, onToken);
    }

    /**
     * The word-chain loop, for any model: pick a token from the logits, hand it on, feed it back
     * ({@code feed} returns the logits after it), repeat. Draws come from {@code new Random(seed)}.
     */
    public static int[] decode(float[] logits, IntFunction<float[]> feed, int maxNewTokens, Sampling sampling, long seed, IntConsumer onToken) {
        Random rng = new Random(seed);
        int[] out = new int[maxNewTokens];
        for (int i = 0; i < maxNewTokens; i++) {
            int next = Sampler.pick(logits, sampling, rng);
            out[i] = next;
            if (onToken != null) onToken.accept(next);
            if (i < maxNewTokens - 1) logits = feed.apply(next); // the last token needs no forecast after it
        }
        return out;
    }
}
