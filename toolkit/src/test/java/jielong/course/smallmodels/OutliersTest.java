package jielong.course.smallmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.quant.QuantizedMatrix;
import jielong.quant.Quantizer;
import org.junit.jupiter.api.Test;

class OutliersTest {
    static final GptConfig C = new GptConfig(30, 12, 2, 2, 16, 0f);

    @Test
    void theOutlierChangesNoLogitButBreaksPerTensorInt8() {
        Gpt gpt = new Gpt(C, 4), spiky = Outliers.withOutlierChannel(gpt, 3, 20f);
        int[] idx = {1, 4, 9, 16, 25, 6, 7, 8};
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            float[] a = gpt.forward(idx, 8).host().data, b = spiky.forward(idx, 8).host().data;
            for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], 1e-4, "logit " + i);
        }
        assertEquals(20, Outliers.columnRatio(spiky, "h.1.attn.c_attn.weight", 3) / Outliers.columnRatio(gpt, "h.1.attn.c_attn.weight", 3), 1e-3);
        Tensor w = spiky.parameters().get("h.0.attn.c_attn.weight");
        double perTensor = error(w, QuantizedMatrix.of(w, Quantizer.int8PerTensor())), perChannel = error(w, QuantizedMatrix.of(w, Quantizer.int8PerChannel()));
        assertTrue(perTensor > 5 * perChannel, perTensor + " vs " + perChannel);
        Gpt twenty = Outliers.withOutlierRatio(gpt, 3, 20);
        for (int l = 0; l < C.nLayer(); l++) assertEquals(20, Outliers.columnRatio(twenty, "h." + l + ".attn.c_attn.weight", 3), 1e-3);
        // the original model is not touched
        assertEquals(1, Outliers.columnRatio(gpt, "h.0.attn.c_attn.weight", 3) / Outliers.columnRatio(new Gpt(C, 4), "h.0.attn.c_attn.weight", 3), 0);
    }

    static double error(Tensor w, QuantizedMatrix q) {
        float[] a = w.host().data, b = q.dequantize();
        double e = 0;
        for (int i = 0; i < a.length; i++) e += Math.abs(a[i] - b[i]);
        return e;
    }

    @Test
    void badChannelOrFactorSaysSo() {
        Gpt gpt = new Gpt(C, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Outliers.withOutlierChannel(gpt, 16, 20f));
        assertTrue(e.getMessage().contains("[0, 16)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Outliers.withOutlierChannel(gpt, 1, Float.NaN));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void speedRecordsAreRatiosOfTheirTimes() {
        Speed.MatVec m = Speed.matVec(64, 48, 1, 1, 1);
        assertEquals(m.fp32Ms() / m.int8Ms(), m.int8Speedup(), 1e-12);
        assertEquals(4L * 64 * 48, m.fp32Bytes());
        assertTrue(m.fp32Ms() > 0 && m.int4Ms() > 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Speed.decode(java.util.List.of(new Gpt(C, 1)), java.util.List.of(), 4, 1));
        assertTrue(e.getMessage().contains("one trace"), e.getMessage());
    }
}
