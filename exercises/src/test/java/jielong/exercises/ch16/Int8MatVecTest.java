package jielong.exercises.ch16;

import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "int8 matrix-vector product")
class Int8MatVecTest {
    private static void check(float[] x, byte[] q, float[] s, int rows, int cols) {
        double[] want = new double[cols];
        for (int c = 0; c < cols; c++) for (int r = 0; r < rows; r++) want[c] += (double) x[r] * s[c] * q[r * cols + c];
        Case c = Case.of("int8MatVec(x, codes, scale, " + rows + ", " + cols + ")").input("x", x).input("scale", s);
        c.expectDoubles(want, c.run(() -> Ch16.int8MatVec(x, q, s, rows, cols)), 1e-4);
    }

    @Test
    @Points(1)
    void twoByTwoByHand() {
        // W = [[0.5·2, 2·(-1)], [0.5·4, 2·3]] = [[1, -2], [2, 6]]; x = [1, 2] -> [5, 10]
        Case c = Case.of("int8MatVec([1, 2], [2, -1, 4, 3], [0.5, 2], 2, 2)");
        c.expectFloats(new float[] {5, 10}, c.run(() -> Ch16.int8MatVec(new float[] {1, 2}, new byte[] {2, -1, 4, 3}, new float[] {0.5f, 2}, 2, 2)), 1e-6);
    }

    @Test
    @Points(1)
    void randomCodesAndScales() {
        Random rng = new Random(16);
        int rows = 40, cols = 24;
        float[] x = new float[rows], s = new float[cols];
        byte[] q = new byte[rows * cols];
        for (int i = 0; i < rows; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < cols; i++) s[i] = 0.001f + rng.nextFloat() * 0.01f;
        for (int i = 0; i < q.length; i++) q[i] = (byte) (rng.nextInt(255) - 127);
        check(x, q, s, rows, cols);
    }

    @Test
    @Points(1)
    void extremeCodesDoNotOverflow() {
        int rows = 300, cols = 3;
        float[] x = new float[rows], s = {1f, 0.5f, 0.25f};
        byte[] q = new byte[rows * cols];
        java.util.Arrays.fill(x, 1f);
        for (int r = 0; r < rows; r++) {
            q[r * cols] = 127;
            q[r * cols + 1] = -128;
            q[r * cols + 2] = (byte) (r % 2 == 0 ? 127 : -127);
        }
        check(x, q, s, rows, cols);
    }
}
