package jielong.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;

/**
 * Supervised fine-tuning's loss: examples of different lengths are padded into one batch, and
 * only answer tokens count. Checked against a float64 computation from the logits, and by
 * changing what the mask hides: neither the loss nor any gradient may move.
 */
class MaskedLossTest {
    static final GptConfig SHAPE = new GptConfig(12, 8, 1, 2, 16, 0f);

    static final Examples.Example SHORT = Examples.Example.of(new int[] {1, 2}, new int[] {3});
    static final Examples.Example LONG = Examples.Example.of(new int[] {4, 5, 6}, new int[] {7, 8, 9});

    @Test
    void examplesArePaddedAndOnlyAnswerTargetsCount() {
        Examples.Batch b = Examples.batch(SHORT, LONG);
        assertEquals(5, b.t(), "padded to the longest example's 6 tokens − 1");
        assertArrayEquals(new int[] {1, 2, 0, 0, 0, 4, 5, 6, 7, 8}, b.x());
        assertArrayEquals(new int[] {2, 3, 0, 0, 0, 5, 6, 7, 8, 9}, b.y());
        // targets 2 (prompt), 3 (answer), padding; 5, 6 (prompt), 7, 8, 9 (answer)
        assertArrayEquals(new float[] {0, 1, 0, 0, 0, 0, 0, 1, 1, 1}, b.weights());
    }

    @Test
    void lossIsTheMeanOverAnswerTokensComputedIndependently() {
        Gpt gpt = new Gpt(SHAPE, 4);
        Examples.Batch b = Examples.batch(SHORT, LONG);
        Tensor logits = gpt.forward(b.x(), b.t());
        float loss = NextTokenLoss.onAnswers(gpt).loss(b, null).item();
        double sum = 0;
        int counted = 0;
        int v = SHAPE.vocabSize();
        for (int r : new int[] {1, 7, 8, 9}) { // the answer rows, by hand
            double max = Double.NEGATIVE_INFINITY, z = 0;
            for (int j = 0; j < v; j++) max = Math.max(max, logits.data[r * v + j]);
            for (int j = 0; j < v; j++) z += Math.exp(logits.data[r * v + j] - max);
            sum += Math.log(z) + max - logits.data[r * v + b.y()[r]];
            counted++;
        }
        assertEquals(sum / counted, loss, 1e-5);
    }

    @Test
    void maskedTokensContributeNoGradient() {
        Examples.Batch b = Examples.batch(SHORT, LONG);
        // The same batch with every hidden target changed (prompt targets and padding).
        int[] otherY = b.y().clone();
        for (int i = 0; i < otherY.length; i++) if (b.weights()[i] == 0) otherY[i] = (otherY[i] + 5) % SHAPE.vocabSize();
        Examples.Batch changed = new Examples.Batch(b.x(), otherY, b.weights(), b.t());

        Map<String, float[]> g1 = gradients(b), g2 = gradients(changed);
        g1.forEach((name, g) -> assertArrayEquals(g, g2.get(name), name + ": a hidden target changed the gradient"));
        assertTrue(g1.get("wte.weight").length > 0 && nonZero(g1.get("h.0.attn.c_attn.weight")), "answer tokens do give a gradient");

        // At the logits: rows of hidden targets get exactly 0; answer rows (softmax − one-hot)/4.
        Gpt gpt = new Gpt(SHAPE, 4);
        Tensor logits = gpt.forward(b.x(), b.t());
        Ops.crossEntropy(logits, b.y(), b.weights()).backward();
        int v = SHAPE.vocabSize();
        for (int r = 0; r < b.y().length; r++) {
            double max = Double.NEGATIVE_INFINITY, z = 0;
            for (int j = 0; j < v; j++) max = Math.max(max, logits.data[r * v + j]);
            for (int j = 0; j < v; j++) z += Math.exp(logits.data[r * v + j] - max);
            for (int j = 0; j < v; j++) {
                double expected = b.weights()[r] == 0 ? 0
                        : (Math.exp(logits.data[r * v + j] - max) / z - (j == b.y()[r] ? 1 : 0)) / 4;
                assertEquals(expected, logits.grad()[r * v + j], 1e-6, "row " + r + ", column " + j);
            }
        }
    }

    private static Map<String, float[]> gradients(Examples.Batch b) {
        Gpt gpt = new Gpt(SHAPE, 4);
        NextTokenLoss.onAnswers(gpt).loss(b, null).backward();
        Map<String, float[]> out = new java.util.LinkedHashMap<>();
        gpt.parameters().forEach((name, p) -> out.put(name, p.grad().clone()));
        return out;
    }

    private static boolean nonZero(float[] a) {
        for (float x : a) if (x != 0) return true;
        return false;
    }

    /** Fine-tuning on "a b → a+b mod 10"-style answers: the answer loss falls, the trainer is the usual one. */
    @Test
    void fineTuningOnAnswersLowersTheirLoss() {
        List<Examples.Example> list = new ArrayList<>();
        for (int a = 0; a < 5; a++)
            for (int c = 0; c < 5; c++) list.add(Examples.Example.of(new int[] {1 + a, 1 + c, 11}, new int[] {1 + (a + c) % 10}));
        Examples data = new Examples(list, SHAPE.blockSize());
        Gpt gpt = new Gpt(SHAPE, 2);
        TrainConfig c = TrainConfig.defaults().withIters(80).withBatchSize(16).withWarmup(5).withLearningRate(1e-2f)
                .withEval(40, 2).withCheckpointEvery(0).withSeed(3);
        List<Progress> seen = new ArrayList<>();
        Trainer.Result r = new Trainer(gpt, NextTokenLoss.onAnswers(gpt), data, data, c).onProgress(seen::add).run();
        assertTrue(r.meanLastLosses(10) < r.losses()[0] - 1.0, "answer loss should fall: " + r.losses()[0] + " -> " + r.meanLastLosses(10));
        assertEquals(2, r.validation().size());
        assertEquals(80, seen.size());
    }

    @Test
    void badExamplesGetClearMessages() {
        String m = assertThrows(IllegalArgumentException.class, () -> new Examples.Example(new int[] {1, 2, 3}, 3)).getMessage();
        assertTrue(m.contains("answer must start inside"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> new Examples(List.of(Examples.Example.of(new int[9], new int[2])), 8)).getMessage();
        assertTrue(m.contains("11 tokens") && m.contains("context of 8"), m);
    }
}
