package jielong.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.model.GptConfig;

class LanguageModelTest {
    /** log softmax of one row, in float64, from the definition. */
    private static double logSoftmax(float[] logits, int from, int v, int token) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int i = 0; i < v; i++) max = Math.max(max, logits[from + i]);
        for (int i = 0; i < v; i++) sum += Math.exp(logits[from + i] - max);
        return logits[from + token] - max - Math.log(sum);
    }

    @Test
    void aGptScoresAContinuationAsTheSumOfItsPerTokenLogSoftmax() {
        GptConfig shape = new GptConfig(17, 16, 2, 2, 16, 0f);
        Gpt gpt = new Gpt(shape, 3);
        int[] prompt = {1, 5, 2}, continuation = {7, 7, 3, 0, 16, 9};
        int[] all = new int[prompt.length + continuation.length];
        System.arraycopy(prompt, 0, all, 0, prompt.length);
        System.arraycopy(continuation, 0, all, prompt.length, continuation.length);
        float[] logits; // one full forward: row i predicts token i + 1
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            logits = gpt.forward(all, all.length).data;
        }
        int v = shape.vocabSize();
        Score s = LanguageModel.of(gpt).score(prompt, continuation);
        double total = 0;
        for (int i = 0; i < continuation.length; i++) {
            double expected = logSoftmax(logits, (prompt.length + i - 1) * v, v, continuation[i]);
            assertEquals(expected, s.perToken()[i], 1e-5, "token " + i);
            total += expected;
        }
        assertEquals(total, s.total(), 1e-5);
        assertEquals(-total / Math.log(2), s.bits(), 1e-5);
        double[] p = LanguageModel.of(gpt).probabilities(all);
        assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
        assertEquals(Math.log(1.0 / v), LanguageModel.of(gpt).score(new int[0], new int[] {4}).total(), 1e-12, "nothing read: uniform");
    }

    @Test
    void anNGramModelScoresAContinuationFromItsCountsAndSmoothing() {
        Random rng = new Random(7);
        int v = 5, n = 3;
        double alpha = 0.5;
        int[] text = new int[400];
        for (int i = 0; i < text.length; i++) text[i] = i > 1 && rng.nextDouble() < 0.6 ? (text[i - 1] + text[i - 2]) % v : rng.nextInt(v);
        NGramModel m = NGramModel.fit(text, v, n, alpha);
        int[] prompt = {2}, continuation = {4, 1, 0, 1};
        int[] all = {2, 4, 1, 0, 1};
        Score s = m.score(prompt, continuation);
        double total = 0;
        for (int i = 0; i < continuation.length; i++) {
            int end = prompt.length + i; // the token at 'end' follows all[max(0, end - 2) .. end)
            int[] ctx = Arrays.copyOfRange(all, Math.max(0, end - (n - 1)), end);
            int follow = 0, any = 0; // counted here again, straight from the text
            for (int j = ctx.length; j < text.length; j++) {
                if (!Arrays.equals(Arrays.copyOfRange(text, j - ctx.length, j), ctx)) continue;
                any++;
                if (text[j] == all[end]) follow++;
            }
            double expected = Math.log((follow + alpha) / (any + alpha * v));
            assertEquals(expected, s.perToken()[i], 1e-12, "token " + i);
            total += expected;
        }
        assertEquals(total, s.total(), 1e-12);
        // The same through the generic path: logits of each context, log-softmax
        double viaLogits = 0;
        for (int i = 0; i < continuation.length; i++) {
            float[] l = m.logits(Arrays.copyOf(all, prompt.length + i));
            viaLogits += logSoftmax(l, 0, v, continuation[i]);
        }
        assertEquals(total, viaLogits, 1e-5);
    }

    @Test
    void anNGramModelGeneratesReproducibly() {
        int[] text = {0, 1, 2, 0, 1, 2, 0, 1, 3, 0, 1, 2};
        NGramModel m = NGramModel.fit(text, 4, 3, 0);
        assertArrayEquals(new int[] {2, 0, 1, 2, 0}, m.generate(new int[] {0, 1}, 5, Sampling.greedy(), 1));
        assertArrayEquals(m.generate(new int[] {0}, 20, Sampling.temperature(1f), 42), m.generate(new int[] {0}, 20, Sampling.temperature(1f), 42));
        assertEquals(3, m.count(new int[] {9, 0, 1}, 2), "counts use the last n − 1 tokens of a context");
        assertEquals(1, m.count(new int[] {0, 1}, 3));
    }
}
