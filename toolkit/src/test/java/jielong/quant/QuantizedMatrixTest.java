package jielong.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class QuantizedMatrixTest {
    static final List<Quantizer> ALL = List.of(
            new Quantizer(8, false, false), new Quantizer(8, true, false), new Quantizer(8, false, true), new Quantizer(8, true, true),
            new Quantizer(4, false, false), new Quantizer(4, true, false), new Quantizer(4, false, true), new Quantizer(4, true, true));

    static float[] gaussian(int n, long seed, double shift) {
        Random rng = new Random(seed);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) w[i] = (float) (rng.nextGaussian() * 0.02 + shift);
        return w;
    }

    @Test
    void everyWeightIsWithinHalfAStepOfItsCode() {
        int rows = 37, cols = 70; // 70 columns: int4 pads the last block of 32
        for (double shift : new double[] {0, 0.03}) { // a shifted matrix is where the zero point earns its keep
            float[] w = gaussian(rows * cols, 11, shift);
            for (Quantizer q : ALL) {
                QuantizedMatrix m = q.quantize(w, rows, cols);
                float[] back = m.dequantize();
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        float err = Math.abs(w[r * cols + c] - back[r * cols + c]);
                        assertTrue(err <= m.scale(c) * 0.5f * (1 + 1e-5f), q + ": weight [" + r + ", " + c + "] off by " + err + ", half a step is " + m.scale(c) / 2);
                        int code = m.code(r, c);
                        assertTrue(q.bits() == 8 ? code >= -128 && code <= 127 : code >= 0 && code <= 15, q + ": code " + code);
                    }
                }
            }
        }
    }

    @Test
    void absmaxScaleGoldenValuesByHand() {
        // Per tensor: absmax 2.54 -> scale 0.02; codes round(w / 0.02).
        float[] w = {0.1f, -2.54f, 0.011f, 1.0f};
        QuantizedMatrix m = Quantizer.int8PerTensor().quantize(w, 2, 2);
        assertEquals(0.02f, m.scale(0), 1e-7);
        assertArrayEquals(new int[] {5, -127, 1, 50}, new int[] {m.code(0, 0), m.code(0, 1), m.code(1, 0), m.code(1, 1)});
        // Per channel: column 0 has absmax 0.1, column 1 has 2.54.
        QuantizedMatrix pc = Quantizer.int8PerChannel().quantize(w, 2, 2);
        assertEquals(0.1f / 127, pc.scale(0), 1e-9);
        assertEquals(14, pc.code(1, 0)); // 0.011 / (0.1 / 127) = 13.97
        // int4 symmetric: absmax 2.54 -> scale 2.54 / 7; -2.54 is code -7, stored as nibble 1 with zero 8.
        QuantizedMatrix q4 = new Quantizer(4, false, false).quantize(w, 2, 2);
        assertEquals(1, q4.code(0, 1));
        assertEquals(8, q4.zero(0));
        assertEquals(-2.54f, q4.value(0, 1), 1e-6);
        // Min-max with a zero point: [-1, 3] over 15 steps, 0 at code round(1 / (4/15)) = 4.
        QuantizedMatrix z = new Quantizer(4, false, true).quantize(new float[] {-1f, 3f, 0f, 0.5f}, 1, 4);
        assertEquals(4f / 15, z.scale(0), 1e-7);
        assertEquals(4, z.zero(0));
        assertEquals(0f, z.value(0, 2), 0f); // zero stays exactly zero
        assertEquals(15, z.code(0, 1));
    }

    @Test
    void roundTripIsExactForWeightsOnTheGrid() {
        // Weights that are already multiples of the scale come back bit for bit.
        float s = 0.5f;
        float[] w = new float[4 * 40];
        Random rng = new Random(3);
        for (int i = 0; i < w.length; i++) w[i] = s * (rng.nextInt(15) - 7);
        w[0] = 7 * s; // pins absmax, so the scale is exactly s
        QuantizedMatrix m = new Quantizer(4, false, false).quantize(w, 4, 40);
        assertArrayEquals(w, m.dequantize());
        QuantizedMatrix m8 = Quantizer.int8PerTensor().quantize(w, 4, 40);
        float[] again = Quantizer.int8PerTensor().quantize(m8.dequantize(), 4, 40).dequantize();
        assertArrayEquals(m8.dequantize(), again, 1e-7f, "quantizing a dequantized matrix again changes nothing");
    }

    @Test
    void oneLargeColumnHurtsPerTensorOnly() {
        int rows = 64, cols = 64;
        float[] w = gaussian(rows * cols, 5, 0);
        for (int r = 0; r < rows; r++) w[r * cols + 9] *= 20;
        double perTensor = meanErrorOutside(w, Quantizer.int8PerTensor().quantize(w, rows, cols), 9);
        double perChannel = meanErrorOutside(w, Quantizer.int8PerChannel().quantize(w, rows, cols), 9);
        assertTrue(perTensor > 10 * perChannel, "per-tensor error " + perTensor + " should be >10x per-channel " + perChannel);
    }

    static double meanErrorOutside(float[] w, QuantizedMatrix m, int skip) {
        float[] back = m.dequantize();
        double e = 0;
        for (int i = 0; i < w.length; i++) if (i % m.cols != skip) e += Math.abs(w[i] - back[i]);
        return e / w.length;
    }

    @Test
    void bytesCountCodesScalesAndZeros() {
        assertEquals(64 * 64 + 4, Quantizer.int8PerTensor().quantize(new float[64 * 64], 64, 64).bytes());
        assertEquals(64 * 32 + 4 * 64, Quantizer.int4PerChannel().quantize(new float[64 * 64], 64, 64).bytes());
        assertEquals(64 * 64 + 5 * 64, Quantizer.int8PerChannel().withZeroPoint().quantize(new float[64 * 64], 64, 64).bytes());
        // an all-zero matrix quantizes to zeros, not NaN
        assertArrayEquals(new float[6], Quantizer.int8PerTensor().quantize(new float[6], 2, 3).dequantize());
    }

    @Test
    void badInputSaysWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Quantizer(3, true, false));
        assertTrue(e.getMessage().contains("8 or 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Quantizer.int8PerTensor().quantize(new float[5], 2, 3));
        assertTrue(e.getMessage().contains("2 × 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Quantizer.int8PerTensor().quantize(new float[] {1, Float.NaN}, 1, 2));
        assertTrue(e.getMessage().contains("NaN") && e.getMessage().contains("diverge"), e.getMessage());
    }
}
