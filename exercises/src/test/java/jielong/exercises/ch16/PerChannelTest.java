package jielong.exercises.ch16;

import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.quant.Quantizer;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "per-channel quantization at 8 and 4 bits")
class PerChannelTest {
    private static void check(float[] w, int rows, int cols, int bits) {
        Case c = Case.of("perChannelRoundTrip(w, " + rows + ", " + cols + ", " + bits + ")").input("w", w);
        float[] want = new Quantizer(bits, true, false).quantize(w, rows, cols).dequantize();
        c.expectFloats(want, c.run(() -> Ch16.perChannelRoundTrip(w, rows, cols, bits)), 1e-6);
    }

    static float[] matrix(int rows, int cols, long seed) {
        Random rng = new Random(seed);
        float[] w = new float[rows * cols];
        for (int i = 0; i < w.length; i++) w[i] = (float) (0.1 * rng.nextGaussian());
        return w;
    }

    @Test
    @Points(1)
    void twoColumnsByHand() {
        // column 0 has absmax 0.7 (int4 scale 0.1), column 1 has absmax 7 (scale 1)
        Case c = Case.of("perChannelRoundTrip([0.7, 7, -0.26, 2.4], 2, 2, 4)");
        c.expectFloats(new float[] {0.7f, 7f, -0.3f, 2f}, c.run(() -> Ch16.perChannelRoundTrip(new float[] {0.7f, 7f, -0.26f, 2.4f}, 2, 2, 4)), 1e-6);
    }

    @Test
    @Points(1)
    void int8AndInt4OnARandomMatrix() {
        check(matrix(12, 9, 1), 12, 9, 8);
        check(matrix(12, 9, 2), 12, 9, 4);
    }

    @Test
    @Points(1)
    void anOutlierColumnLeavesTheOthersAlone() {
        float[] w = matrix(16, 8, 3);
        for (int r = 0; r < 16; r++) w[r * 8 + 2] *= 20;
        check(w, 16, 8, 8);
    }
}
