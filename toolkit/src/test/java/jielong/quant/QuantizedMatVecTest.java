package jielong.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class QuantizedMatVecTest {
    static float[] vector(int n, long seed) {
        Random rng = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) rng.nextGaussian();
        return x;
    }

    @Test
    void vectorProductMatchesTheScalarOneForEveryScheme() {
        for (int[] shape : new int[][] {{48, 144}, {33, 70}, {128, 16}, {5, 7}}) {
            int rows = shape[0], cols = shape[1];
            float[] w = QuantizedMatrixTest.gaussian(rows * cols, rows, 0.01), x = vector(rows, cols), b = vector(cols, 9);
            for (Quantizer q : QuantizedMatrixTest.ALL) {
                QuantizedMatrix m = q.quantize(w, rows, cols);
                float[] want = QuantizedMatVec.reference(x, m, b), got = new float[cols];
                QuantizedMatVec.matvec(x, m, b, got);
                for (int c = 0; c < cols; c++) assertEquals(want[c], got[c], 1e-4 * (1 + Math.abs(want[c])), q + " " + rows + "x" + cols + " column " + c);
            }
        }
    }

    @Test
    void int8ProductIsCloseToTheFp32OneWithinTheErrorBound() {
        int rows = 256, cols = 96;
        float[] w = QuantizedMatrixTest.gaussian(rows * cols, 2, 0), x = vector(rows, 3), fp32 = new float[cols], int8 = new float[cols];
        QuantizedMatVec.matvec(x, w, rows, cols, null, fp32);
        QuantizedMatrix m = Quantizer.int8PerChannel().quantize(w, rows, cols);
        QuantizedMatVec.matvec(x, m, null, int8);
        double sumAbsX = 0;
        for (float v : x) sumAbsX += Math.abs(v);
        for (int c = 0; c < cols; c++) {
            // each weight is off by at most half a step, so the product by at most Σ|x|·step/2
            double bound = sumAbsX * m.scale(c) / 2;
            assertTrue(Math.abs(fp32[c] - int8[c]) <= bound, "column " + c + ": " + fp32[c] + " vs " + int8[c] + ", bound " + bound);
        }
        // and the fp32 vector loop is the plain product
        for (int c = 0; c < cols; c++) {
            double s = 0;
            for (int r = 0; r < rows; r++) s += (double) x[r] * w[r * cols + c];
            assertEquals(s, fp32[c], 1e-4);
        }
    }

    @Test
    void shapesAreChecked() {
        QuantizedMatrix m = Quantizer.int8PerTensor().quantize(new float[12], 3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuantizedMatVec.matvec(new float[2], m, null, new float[4]));
        assertTrue(e.getMessage().contains("3 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> QuantizedMatVec.matvec(new float[3], m, new float[3], new float[4]));
        assertTrue(e.getMessage().contains("bias"), e.getMessage());
    }
}
