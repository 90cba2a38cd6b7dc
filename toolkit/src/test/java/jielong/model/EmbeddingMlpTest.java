package jielong.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/** The embeddings-plus-MLP classifier against loops written out in float64, and its gradient against finite differences. */
class EmbeddingMlpTest {
    private static double[] reference(EmbeddingMlp m, int[] tokens) {
        float[] wte = m.parameters().get("wte.weight").data, wpe = m.parameters().get("wpe.weight").data;
        float[] w1 = m.parameters().get("fc.0.weight").data, b1 = m.parameters().get("fc.0.bias").data;
        float[] w2 = m.parameters().get("fc.1.weight").data, b2 = m.parameters().get("fc.1.bias").data;
        int rows = tokens.length / m.slots, in = m.slots * m.width;
        double[] out = new double[rows * m.classes];
        for (int r = 0; r < rows; r++) {
            double[] x = new double[in];
            for (int s = 0; s < m.slots; s++)
                for (int c = 0; c < m.width; c++) x[s * m.width + c] = wte[tokens[r * m.slots + s] * m.width + c] + wpe[s * m.width + c];
            double[] h = new double[m.hidden];
            for (int j = 0; j < m.hidden; j++) {
                double sum = b1[j];
                for (int i = 0; i < in; i++) sum += x[i] * w1[i * m.hidden + j];
                h[j] = Math.max(0, sum);
            }
            for (int k = 0; k < m.classes; k++) {
                double sum = b2[k];
                for (int j = 0; j < m.hidden; j++) sum += h[j] * w2[j * m.classes + k];
                out[r * m.classes + k] = sum;
            }
        }
        return out;
    }

    @Test
    void forwardMatchesTheLoopsWrittenOut() {
        EmbeddingMlp m = new EmbeddingMlp(7, 2, 5, 9, 7, 3);
        int[] tokens = {0, 6, 3, 3, 5, 1};
        float[] got = m.forward(tokens).host().data;
        double[] want = reference(m, tokens);
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-5, "logit " + i);
        int[] predicted = m.predict(tokens);
        for (int r = 0; r < 3; r++) {
            int best = 0;
            for (int k = 1; k < 7; k++) if (want[r * 7 + k] > want[r * 7 + best]) best = k;
            assertEquals(best, predicted[r], "prediction for tuple " + r);
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        EmbeddingMlp m = new EmbeddingMlp(5, 2, 4, 6, 5, 8);
        int[] tokens = {1, 2, 4, 0, 3, 3}, labels = {3, 4, 1};
        Tensor loss = Ops.crossEntropy(m.forward(tokens), labels);
        m.parameters().values().forEach(Tensor::zeroGrad);
        loss.backward();
        for (String name : m.parameters().keySet()) {
            Tensor p = m.parameters().get(name);
            for (int i = 0; i < p.size(); i += 3) {
                float keep = p.data[i];
                double h = 1e-2;
                p.data[i] = (float) (keep + h);
                double up = Ops.crossEntropy(m.forward(tokens), labels).item();
                p.data[i] = (float) (keep - h);
                double down = Ops.crossEntropy(m.forward(tokens), labels).item();
                p.data[i] = keep;
                assertEquals((up - down) / (2 * h), p.grad()[i], 2e-3, name + "[" + i + "]");
            }
        }
    }

    @Test
    void sameSeedSameWeightsAndNormIsTheirLength() {
        EmbeddingMlp a = new EmbeddingMlp(11, 2, 8, 16, 11, 42), b = new EmbeddingMlp(11, 2, 8, 16, 11, 42);
        assertArrayEquals(a.tokenEmbeddings().data, b.tokenEmbeddings().data);
        double sq = 0;
        for (Tensor p : a.parameters().values()) for (float v : p.data) sq += (double) v * v;
        assertEquals(Math.sqrt(sq), a.weightNorm(), 1e-9);
        assertEquals(11, a.tokenEmbeddings().rows());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        EmbeddingMlp m = new EmbeddingMlp(5, 2, 4, 6, 5, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.forward(new int[] {1, 2, 3})).getMessage().contains("tuples of 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.forward(new int[] {1, 5})).getMessage().contains("outside [0, 5)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EmbeddingMlp(5, 2, 0, 6, 5, 1)).getMessage().contains("positive"));
    }
}
