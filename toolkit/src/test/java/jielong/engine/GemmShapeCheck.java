package jielong.engine;

import java.util.List;
import java.util.Random;

/**
 * Run in a JVM of its own by {@link GemmShapesTest} with a forced vector width and block shape:
 * checks the matrix kernel against the plain-Java one (every bit) and against a float64 product
 * (to rounding) at sizes around every block edge, then prints the golden fingerprints of
 * {@link Goldens} for this width. Exits non-zero, saying why, on the first wrong value.
 */
final class GemmShapeCheck {
    private GemmShapeCheck() {}

    public static void main(String[] args) {
        int mr = VectorShape.MR, nr = VectorShape.NR, kc = VectorShape.KC, mc = VectorShape.MC, l = VectorShape.L;
        System.out.println("shape " + l + " " + mr + " " + VectorShape.REGISTERS);
        int[] ms = java.util.stream.IntStream.of(1, 2, 3, 4, 5, mr - 1, mr, mr + 1, 2 * mr + 3, mc + 5).distinct().toArray(); // 1-4: the unpacked path
        int[] ns = {1, l - 1, nr - 1, nr, nr + 1, 3 * nr + 5};
        int[] ks = {1, 7, kc, kc + 1, 2 * kc + 3};
        Kernels vec = Kernels.CHOSEN, scalar = new ScalarKernels();
        int checked = 0;
        for (int m : ms) for (int n : ns) for (int k : ks) {
            if (m <= 0 || n <= 0) continue;
            Random rng = new Random(31L * m + 17L * n + k);
            float[] a = Goldens.random(rng, m * k + 2), b = Goldens.random(rng, (k + 3) * (n + 3) + 1), c0 = Goldens.random(rng, m * (n + 1) + 4);
            for (int variant = 0; variant < 8; variant++) { // A transposed or not, accumulating or not, B transposed or not
                boolean transposed = (variant & 1) != 0, acc = (variant & 2) != 0, bTransposed = (variant & 4) != 0;
                int aRow = transposed ? 1 : k, aCol = transposed ? m : 1;
                int bRow = bTransposed ? 1 : n + 3, bCol = bTransposed ? k + 3 : 1;
                float[] got = c0.clone(), want = c0.clone();
                vec.gemm(m, n, k, a, 2, aRow, aCol, b, 1, bRow, bCol, got, 4, n + 1, acc);
                scalar.gemm(m, n, k, a, 2, aRow, aCol, b, 1, bRow, bCol, want, 4, n + 1, acc);
                for (int idx = 0; idx < got.length; idx++) {
                    if (Float.floatToRawIntBits(got[idx]) != Float.floatToRawIntBits(want[idx])) {
                        fail("m=" + m + " n=" + n + " k=" + k + " variant " + variant + ": value " + idx + " is " + got[idx] + ", plain Java gives " + want[idx]);
                    }
                }
                for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) { // float64, summed independently
                    double s = acc ? c0[4 + i * (n + 1) + j] : 0, size = Math.abs(s);
                    for (int p = 0; p < k; p++) {
                        double t = (double) a[2 + i * aRow + p * aCol] * b[1 + p * bRow + j * bCol];
                        s += t;
                        size += Math.abs(t);
                    }
                    double err = Math.abs(got[4 + i * (n + 1) + j] - s);
                    if (err > 1e-6 * (k + 1) * size + 1e-30) fail("m=" + m + " n=" + n + " k=" + k + " variant " + variant + ": C(" + i + "," + j + ") off by " + err + " from float64");
                }
                // Values outside the m×n block of C (its padding columns) must be untouched.
                for (int i = 0; i < m; i++) if (got[4 + i * (n + 1) + n] != c0[4 + i * (n + 1) + n]) fail("m=" + m + " n=" + n + " k=" + k + ": wrote past column n");
                checked++;
            }
        }
        System.out.println("checked " + checked);
        List<Long> gemm = Goldens.gemm(Kernels.CHOSEN), ops = Goldens.ops(1), small = Goldens.train(Goldens.SMALL, 4, 5, 2);
        System.out.println("gemm " + gemm);
        System.out.println("ops " + ops);
        System.out.println("small " + small);
    }

    private static void fail(String why) {
        System.out.println("FAIL " + VectorShape.describe() + ": " + why);
        System.exit(1);
    }
}
