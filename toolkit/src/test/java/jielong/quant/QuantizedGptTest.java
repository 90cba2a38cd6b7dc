package jielong.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.model.KvCache;
import org.junit.jupiter.api.Test;

class QuantizedGptTest {
    static final GptConfig C = new GptConfig(40, 16, 2, 2, 32, 0f);

    @Test
    void kernelsGiveTheSameLogitsAsTheDequantizedWeights() {
        Gpt gpt = new Gpt(C, 3);
        QuantizedGpt q = QuantizedGpt.of(gpt, Quantizer.int8PerChannel());
        int[] tokens = {1, 5, 9, 2, 30, 7};
        KvCache a = new KvCache(C), b = new KvCache(C), f = new KvCache(C);
        for (int tok : tokens) {
            float[] viaCodes = gpt.step(tok, a, q.kernels()), viaFloats = gpt.step(tok, b, q.dequantized());
            float[] fp32Loop = gpt.step(tok, f, QuantizedGpt.fp32Kernels(gpt)), plain = gpt.step(tok, new KvCache(C), null);
            for (int v = 0; v < C.vocabSize(); v++) assertEquals(viaFloats[v], viaCodes[v], 1e-4, "token " + v);
            // the fp32 loop is the model itself; the first token also matches an uncached step
            if (tok == tokens[0]) for (int v = 0; v < C.vocabSize(); v++) assertEquals(plain[v], fp32Loop[v], 1e-4);
        }
        // the dequantized model is close to the original, and not identical
        float lossFp32 = loss(gpt, null), lossInt8 = loss(gpt, q.dequantized());
        assertTrue(lossInt8 != lossFp32 && Math.abs(lossInt8 - lossFp32) < 0.01, lossFp32 + " vs " + lossInt8);
        Gpt same = new Gpt(C, 3);
        assertEquals(loss(same, null), loss(gpt, null), 0f, "quantizing leaves the model's own weights alone");
    }

    static float loss(Gpt gpt, jielong.model.Trace trace) {
        int[] x = {1, 2, 3, 4, 5, 6, 7, 8}, y = {2, 3, 4, 5, 6, 7, 8, 9};
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            return Ops.crossEntropy(gpt.forward(x, 8, trace), y).item();
        }
    }

    @Test
    void bytesShrinkAboutFourAndEightTimes() {
        Gpt gpt = new Gpt(C, 1);
        long fp32 = QuantizedGpt.fp32Bytes(gpt), int8 = QuantizedGpt.of(gpt, Quantizer.int8PerChannel()).bytes(),
                int4 = QuantizedGpt.of(gpt, Quantizer.int4PerChannel()).bytes();
        assertEquals(4 * gpt.parameterCount(), fp32);
        assertTrue(int8 < fp32 / 3.0 && int8 > fp32 / 4.5, fp32 + " -> " + int8);
        assertTrue(int4 < int8 / 1.5, int8 + " -> " + int4);
    }

    @Test
    void aMatmulOnSomethingThatIsNotAMatrixSaysWhatToName() {
        Gpt gpt = new Gpt(C, 1);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> loss(gpt, jielong.model.Trace.replaceMatmul("ln_f.weight", (x, b) -> x)));
        assertTrue(e.getMessage().contains("no matrix product uses ln_f.weight"), e.getMessage());
        gpt.parameters().get("h.1.mlp.c_fc.weight").host().data[7] = Float.NaN; // a diverged run
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> QuantizedGpt.of(gpt, Quantizer.int8PerChannel()));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }
}
