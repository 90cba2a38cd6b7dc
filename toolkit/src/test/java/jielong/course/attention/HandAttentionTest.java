package jielong.course.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class HandAttentionTest {
    @Test
    void attentionComputedStepByStepEqualsTheToolkits() {
        Gpt model = new Gpt(new GptConfig(20, 8, 1, 2, 16, 0f), 5);
        int[] tokens = {3, 1, 4, 1, 5, 9};
        LayerWeights w = LayerWeights.of(model, 0);
        int c = w.width(), hs = w.headSize(), t = tokens.length;
        INDArray h = HandAttention.layerNorm(HandAttention.embeddings(model, tokens), w.lnGain(), w.lnBias());
        INDArray qkv = h.mmul(w.qkvWeight()).addRowVector(w.qkvBias());
        List<INDArray> heads = new ArrayList<>();
        INDArray probs = Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT, w.heads(), t, t);
        for (int k = 0; k < w.heads(); k++) {
            INDArray q = HandAttention.columns(qkv, k * hs, (k + 1) * hs);
            INDArray key = HandAttention.columns(qkv, c + k * hs, c + (k + 1) * hs);
            INDArray v = HandAttention.columns(qkv, 2 * c + k * hs, 2 * c + (k + 1) * hs);
            INDArray p = HandAttention.softmaxRows(HandAttention.causalMask(q.mmul(key.transpose()).div(Math.sqrt(hs))));
            probs.putSlice(k, p);
            heads.add(p.mmul(v));
        }
        INDArray out = Nd4j.hstack(heads.toArray(INDArray[]::new)).mmul(w.projWeight()).addRowVector(w.projBias());

        HandAttention.ToolkitResult toolkit = HandAttention.toolkit(model, tokens);
        assertTrue(probs.sub(toolkit.probabilities()).amaxNumber().doubleValue() < 1e-6);
        assertTrue(out.sub(toolkit.output()).amaxNumber().doubleValue() < 1e-6);
        assertEquals(0.0, probs.getDouble(0, 0, 1), "the first position cannot see the second");
    }

    @Test
    void mapsAreCausalAndRowsAddUpToOne() {
        Gpt model = new Gpt(new GptConfig(20, 8, 2, 2, 16, 0f), 5);
        AttentionMaps maps = AttentionMaps.of(model, new int[] {1, 2, 3, 4}, List.of("a", "b", "c", "d"));
        assertEquals(2, maps.layers());
        for (int l = 0; l < 2; l++) {
            for (int k = 0; k < 2; k++) {
                float[][] m = maps.head(l, k);
                for (int i = 0; i < 4; i++) {
                    double sum = 0;
                    for (int j = 0; j < 4; j++) {
                        sum += m[i][j];
                        if (j > i) assertEquals(0f, m[i][j]);
                    }
                    assertEquals(1.0, sum, 1e-5);
                }
            }
        }
        assertTrue(maps.meanDistance(0, 0) >= 0 && maps.meanDistance(0, 0) <= 3);
    }

    @Test
    void patternSharesAverageTheRowsWhereThePatternCanLook() {
        Gpt model = new Gpt(new GptConfig(20, 8, 2, 2, 16, 0f), 5);
        List<String> labels = List.of("a", "b", "，", "c", "d", "e", "f");
        AttentionMaps maps = AttentionMaps.of(model, new int[] {1, 2, 3, 4, 5, 6, 7}, labels);
        float[][] w = maps.head(1, 0);
        assertEquals(1.0, maps.share(1, 0, (i, j, l) -> true), 1e-5, "every place at once takes all the weight");
        double diagonal = 0, five = 0, comma = 0;
        for (int i = 1; i < 7; i++) diagonal += w[i][i];
        for (int i = 5; i < 7; i++) five += w[i][i - 5];
        for (int i = 2; i < 7; i++) comma += w[i][2];
        var named = AttentionMaps.namedPatterns();
        assertEquals(diagonal / 6, maps.share(1, 0, named.get("itself")), 1e-6);
        assertEquals(five / 2, maps.share(1, 0, named.get("five back (parallel slot)")), 1e-6, "only rows 5 and 6 reach five back");
        assertEquals(comma / 5, maps.share(1, 0, named.get("comma")), 1e-6, "rows from the comma on");
        assertEquals(4, maps.patternShares().rowCount());
        assertEquals(100 * comma / 5, maps.patternShares().doubleColumn("comma").get(2), 1e-4);
    }
}
