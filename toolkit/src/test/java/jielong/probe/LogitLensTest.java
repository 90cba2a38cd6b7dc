package jielong.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Reference;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.model.Trace;

class LogitLensTest {
    static final GptConfig SHAPE = new GptConfig(13, 8, 3, 2, 16, 0f);

    private static Gpt model() {
        Gpt gpt = new Gpt(SHAPE, 5);
        Random rng = new Random(6);
        gpt.parameters().forEach((name, p) -> {
            if (!name.contains("ln")) for (int i = 0; i < p.size(); i++) p.data[i] = (float) (rng.nextGaussian() * 0.3);
            else for (int i = 0; i < p.size(); i++) p.data[i] += (float) (rng.nextGaussian() * 0.1);
        });
        return gpt;
    }

    private static int[] tokens(int n) {
        Random rng = new Random(7);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = rng.nextInt(SHAPE.vocabSize());
        return a;
    }

    @Test
    void theLastReadIsTheModelsOwnPrediction() {
        Gpt gpt = model();
        int[] idx = tokens(16);
        LogitLens lens = LogitLens.of(gpt, idx, 8);
        assertEquals(SHAPE.nLayer() + 1, lens.reads());
        int last = lens.reads() - 1;
        assertEquals(1.0, lens.topOneAgreement(last), 0);
        assertEquals(0.0, lens.klFromFinal(last), 1e-9);
        float[] logits;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            logits = gpt.forward(idx, 8).host().data;
        }
        int v = SHAPE.vocabSize();
        for (int r = 0; r < 16; r++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j < v; j++) max = Math.max(max, logits[r * v + j]);
            for (int j = 0; j < v; j++) sum += Math.exp(logits[r * v + j] - max);
            for (int j = 0; j < v; j++) assertEquals(Math.exp(logits[r * v + j] - max) / sum, lens.probability(last, r, j), 1e-5);
        }
    }

    @Test
    void anEarlyReadIsTheFinalNormAndHeadOnThatResidualInFloat64() {
        Gpt gpt = model();
        int[] idx = tokens(8);
        Trace trace = Trace.record("h.0.resid_post");
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            gpt.forward(idx, 8, trace);
        }
        Map<String, double[]> w = new HashMap<>();
        gpt.parameters().forEach((n, p) -> w.put(n, Reference.toDouble(p.data)));
        int c = SHAPE.nEmbd(), v = SHAPE.vocabSize();
        double[] x = Reference.layerNorm(Reference.toDouble(trace.get("h.0.resid_post").data), w.get("ln_f.weight"), w.get("ln_f.bias"), 8, c);
        double[] logits = Reference.unembed(x, w.get("wte.weight"), 8, c, v);
        LogitLens lens = LogitLens.of(gpt, idx, 8);
        double klByHand = 0;
        for (int r = 0; r < 8; r++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j < v; j++) max = Math.max(max, logits[r * v + j]);
            for (int j = 0; j < v; j++) sum += Math.exp(logits[r * v + j] - max);
            for (int j = 0; j < v; j++) {
                double p = Math.exp(logits[r * v + j] - max) / sum, fin = lens.probability(lens.reads() - 1, r, j);
                assertEquals(p, lens.probability(1, r, j), 1e-5, "row " + r + ", token " + j);
                klByHand += fin * (Math.log(fin) - Math.log(p));
            }
        }
        assertEquals(klByHand / 8, lens.klFromFinal(1), 1e-4);
        assertTrue(lens.klFromFinal(1) > 0.01, "a random model's first layer should differ from its last");
    }

    @Test
    void lossAndTopCandidatesAgreeWithTheProbabilities() {
        LogitLens lens = LogitLens.of(model(), tokens(8), 8);
        int[] top = lens.top(2, 3, 3);
        assertTrue(lens.probability(2, 3, top[0]) >= lens.probability(2, 3, top[1]) && lens.probability(2, 3, top[1]) >= lens.probability(2, 3, top[2]));
        int[] targets = {1, 2, -1, 3, 4, 5, 6, 7};
        double sum = 0;
        for (int r = 0; r < 8; r++) if (targets[r] >= 0) sum -= Math.log(lens.probability(0, r, targets[r]));
        assertEquals(sum / 7, lens.loss(0, targets), 1e-9);
    }

    @Test
    void badInputIsRefused() {
        Gpt gpt = model();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogitLens.of(gpt, tokens(10), 8));
        assertTrue(e.getMessage().contains("10 tokens do not split into sequences of 8"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LogitLens.read(gpt, Tensor.zeros(2, 5)));
        assertTrue(e.getMessage().contains("[rows, 16]"), e.getMessage());
    }
}
