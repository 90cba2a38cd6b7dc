package jielong.course.wordchain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import jielong.generate.Sampler;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

class SamplingTest {
    @Test
    void bigramProbabilitiesAreCountedPairs() {
        // "abac": a→b once, b→a once, a→c once; so P(b|a) = P(c|a) = 1/2 without smoothing.
        int[] tokens = {0, 1, 0, 2};
        BigramModel m = BigramModel.fit(tokens, 3, 0);
        assertArrayEquals(new double[] {0, 0.5, 0.5}, m.probabilities(0), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, m.probabilities(1), 1e-12);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, m.probabilities(2), 1e-12, "never seen: uniform");
        assertArrayEquals(new double[] {1 / 5.0, 2 / 5.0, 2 / 5.0}, BigramModel.fit(tokens, 3, 1).probabilities(0), 1e-12);
    }

    @Test
    void distinctAndRepetitionOnKnownText() {
        assertEquals(1.0, Diversity.distinct(List.of("abcd"), 1));
        assertEquals(0.5, Diversity.distinct(List.of("abab"), 1));
        assertEquals(2 / 3.0, Diversity.distinct(List.of("abab"), 2), 1e-12); // ab, ba, ab
        assertEquals(0.0, Diversity.repetition("abcdef", 2));
        assertEquals(3 / 5.0, Diversity.repetition("ababab", 2), 1e-12); // ab ba [ab ba ab]
        assertEquals(2, Diversity.loopPeriod("xyzababab", 5));
        assertEquals(0, Diversity.loopPeriod("abcdefg", 3));
        assertEquals("abc", Diversity.longestRepeat("xabcyabcz"));
        assertEquals("aaa", Diversity.longestRepeat("aaaa"), "the two copies may overlap");
        assertEquals("", Diversity.longestRepeat("abcd"));
        assertEquals("明月", Diversity.longestRepeat("床前明月光，举头望明月"));
    }

    @Test
    void crossEntropyInBitsPerToken() {
        // "abac" without smoothing: P(b|a) = 1/2, P(a|b) = 1, P(c|a) = 1/2, so (1 + 0 + 1) / 3 bits.
        assertEquals(2 / 3.0, BigramModel.fit(new int[] {0, 1, 0, 2}, 3, 0).crossEntropyBits(new int[] {0, 1, 0, 2}), 1e-12);
        // The GPT's, token by token: token i is predicted from the start of its window of 16.
        Gpt model = new Gpt(GptConfig.tiny(7), 5);
        int[] tokens = new int[41];
        for (int i = 0; i < tokens.length; i++) tokens[i] = (i * i + 3 * i) % 7;
        double bits = 0;
        for (int i = 1; i < tokens.length; i++) {
            int start = (i - 1) / 16 * 16;
            bits -= Math.log(NextToken.probabilities(model, Arrays.copyOfRange(tokens, start, i))[tokens[i]]) / Math.log(2);
        }
        assertEquals(bits / (tokens.length - 1), NextToken.crossEntropyBits(model, tokens), 1e-5);
    }

    @Test
    void gptNextTokenProbabilitiesAreTheSoftmaxOfTheLastLogits() {
        Gpt model = new Gpt(GptConfig.tiny(11), 3);
        int[] prefix = {1, 2, 3, 4};
        float[] logits = model.forward(prefix, 4).data;
        double[] expected = Sampler.probabilities(Arrays.copyOfRange(logits, 3 * 11, 4 * 11), Sampling.temperature(1f));
        assertArrayEquals(expected, NextToken.probabilities(model, prefix), 1e-6);
        assertEquals(Math.log(11) / Math.log(2), NextToken.entropyBits(new double[11]) + Math.log(11) / Math.log(2), 1e-12);
        assertArrayEquals(new int[] {1, 2, 0}, NextToken.ranking(new double[] {0.2, 0.4, 0.4}));
    }
}
