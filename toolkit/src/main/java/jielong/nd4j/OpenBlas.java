package jielong.nd4j;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * OpenBLAS's float matrix product (the build that ND4J brings along), held ready on one set of
 * operands so that {@code ./jielong bench matmul} can time it beside the engine's own, shape for
 * shape. The operands live in native memory, as OpenBLAS's callers' do: nothing is copied per call.
 */
public final class OpenBlas implements AutoCloseable {
    private final int m, n, k;
    private final FloatPointer a, b, c;

    /** Copies the m×k matrix a and the k×n matrix b (row-major) into native memory. */
    public OpenBlas(float[] a, float[] b, int m, int n, int k) {
        this.m = m;
        this.n = n;
        this.k = k;
        this.a = new FloatPointer(a);
        this.b = new FloatPointer(b);
        this.c = new FloatPointer((long) m * n);
    }

    /** Whether OpenBLAS's natives load on this machine; the reason goes to standard error if not. */
    public static boolean available() {
        try {
            org.bytedeco.javacpp.Loader.load(openblas_nolapack.class);
            return true;
        } catch (Throwable e) { // natives missing for this OS or CPU: the benchmark goes on without them
            System.err.println("jielong: OpenBLAS not available for comparison (" + e + ")");
            return false;
        }
    }

    /** The threads OpenBLAS uses from now on. */
    public static void setThreads(int threads) {
        org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(threads);
    }

    /** C = A·B. */
    public void multiply() {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
                openblas_nolapack.CblasNoTrans, m, n, k, 1f, a, k, b, n, 0f, c, n);
    }

    /** The product's value at (i, j), to check that OpenBLAS computed the same thing. */
    public float get(int i, int j) {
        return c.get((long) i * n + j);
    }

    @Override
    public void close() {
        a.close();
        b.close();
        c.close();
    }
}
