package jielong.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;
import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.lm.LanguageModel;

/** Cached decoding against full recompute, within and past the context window. */
class DecodingTest {
    static final GptConfig SHAPE = new GptConfig(23, 8, 2, 2, 16, 0f);

    @Test
    void theWindowRuleIsWhatReadingOneTokenAtATimeLeaves() {
        for (int size : new int[] {1, 2, 5, 8}) {
            ContextWindow w = new ContextWindow(size);
            int length = 0;
            for (int n = 1; n <= 40; n++) {
                length = length == size ? w.restartLength() : length + 1; // full: restart from the latest half
                assertEquals(length, w.seen(n), "size " + size + ", after " + n + " tokens");
            }
        }
    }

    @Test
    void cachedLogitsEqualFullRecomputePastTheWindow() {
        Gpt gpt = new Gpt(SHAPE, 4);
        Random rng = new Random(5);
        int[] text = new int[30];
        for (int i = 0; i < text.length; i++) text[i] = rng.nextInt(SHAPE.vocabSize());
        CachedReader reader = new CachedReader(gpt);
        ContextWindow window = ContextWindow.of(SHAPE);
        int v = SHAPE.vocabSize();
        for (int n = 1; n <= text.length; n++) {
            float[] cached = reader.accept(text[n - 1]);
            int[] w = window.crop(Arrays.copyOf(text, n));
            assertArrayEquals(w, reader.window(), "after " + n + " tokens");
            float[] full;
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                full = Arrays.copyOfRange(gpt.forward(w, w.length).data, (w.length - 1) * v, w.length * v);
            }
            for (int i = 0; i < v; i++) assertEquals(full[i], cached[i], 1e-5, "token " + i + " after " + n + " tokens");
        }
        CachedReader allAtOnce = new CachedReader(gpt);
        assertArrayEquals(reader.logits(), allAtOnce.accept(text), "feeding a text at once ends where one by one does");
    }

    @Test
    void severalTokensFedIntoTheCacheAtOnceGiveTheFullForwardsLogits() {
        Gpt gpt = new Gpt(SHAPE, 8);
        int[] text = {3, 1, 4, 1, 5, 9, 2};
        Tensor full;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            full = gpt.forward(text, text.length);
        }
        KvCache cache = new KvCache(SHAPE);
        Tensor first = gpt.forward(Arrays.copyOf(text, 5), cache, null); // a prompt at once ...
        float[] sixth = gpt.step(text[5], cache);                          // ... then one token at a time
        float[] seventh = gpt.step(text[6], cache);
        int v = SHAPE.vocabSize();
        for (int i = 0; i < 5 * v; i++) assertEquals(full.data[i], first.data[i], 1e-5);
        for (int i = 0; i < v; i++) {
            assertEquals(full.data[5 * v + i], sixth[i], 1e-5);
            assertEquals(full.data[6 * v + i], seventh[i], 1e-5);
        }
        assertEquals(7, cache.length());
    }

    @Test
    void cachedAndRecomputedGenerationChooseTheSameTokens() {
        Gpt gpt = new Gpt(SHAPE, 6);
        Generator g = new Generator(gpt);
        int[] prompt = {1, 2, 3};
        for (Sampling s : List.of(Sampling.greedy(), Sampling.temperature(1f), Sampling.temperature(0.7f).withTopK(5),
                Sampling.temperature(1.3f).withTopP(0.9f))) {
            for (long seed = 0; seed < 3; seed++) {
                int[] cached = g.generate(prompt, 40, s, seed, null); // 43 tokens: 5 times the context of 8
                assertArrayEquals(g.generateUncached(prompt, 40, s, seed, null), cached, s + ", seed " + seed);
                assertArrayEquals(LanguageModel.of(gpt).generate(prompt, 40, s, seed), cached, "through the LanguageModel interface");
            }
        }
        int[] longPrompt = new int[19];
        Arrays.fill(longPrompt, 4);
        assertArrayEquals(g.generateUncached(longPrompt, 20, Sampling.temperature(1f), 9, null),
                g.generate(longPrompt, 20, Sampling.temperature(1f), 9, null), "a prompt longer than the context");
    }
}
