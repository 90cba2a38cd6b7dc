package jielong.engine;

/**
 * The few loops that take nearly all of a training step's time, written twice: with the JDK's
 * Vector API ({@link VectorKernels}) and in plain Java ({@link ScalarKernels}). Which one runs is
 * decided once at start-up, as Apache Lucene does: the Vector API is an incubator module and is
 * only there when the JVM starts with {@code --add-modules jdk.incubator.vector}.
 *
 * <p>Matrices are float arrays with an offset and a row stride, like BLAS. All methods are serial;
 * {@link CpuBackend} splits work across threads.
 */
public interface Kernels {
    /** The implementation chosen for this JVM. */
    Kernels CHOSEN = KernelChoice.choose();

    /**
     * C (+)= A·B for an m×k matrix A, a k×n matrix B and an m×n matrix C. A is read through two
     * strides, A(i,p) = a[aOff + i·aRow + p·aCol], so a transposed A costs nothing; B and C are
     * row-major with leading dimensions ldb and ldc.
     */
    default void gemm(int m, int n, int k,
                      float[] a, int aOff, int aRow, int aCol,
                      float[] b, int bOff, int ldb,
                      float[] c, int cOff, int ldc, boolean accumulate) {
        gemm(m, n, k, a, aOff, aRow, aCol, b, bOff, ldb, 1, c, cOff, ldc, accumulate);
    }

    /**
     * The same product with B read through two strides as well, B(p,j) = b[bOff + p·bRow + j·bCol],
     * so that a transposed B (the keys in attention, a weight matrix in a backward pass) is read
     * in place instead of being copied first.
     */
    void gemm(int m, int n, int k,
              float[] a, int aOff, int aRow, int aCol,
              float[] b, int bOff, int bRow, int bCol,
              float[] c, int cOff, int ldc, boolean accumulate);

    /** Returns Σ x[i]·y[i] over len elements. */
    float dot(float[] x, int xOff, float[] y, int yOff, int len);

    /** y[i] += alpha·x[i] over len elements. */
    void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int len);

    /** Returns the largest of len elements. */
    float max(float[] x, int off, int len);

    /** x[i] = exp(x[i] − shift) over len elements; returns their sum. */
    float expShifted(float[] x, int off, int len, float shift);

    /**
     * Softmax backward for one row: given probabilities p and d = dL/dp, sets
     * d[i] = scale·p[i]·(d[i] − Σ p·d), the gradient with respect to the (scaled) scores.
     */
    void softmaxBackward(float[] p, int pOff, float[] d, int dOff, int len, float scale);

    /** x[i] *= factor over len elements. */
    void scale(float[] x, int off, int len, float factor);

    /**
     * Layer norm of one row of c values at off: y = (x − mean)·rstd·g + b, with
     * rstd = 1/sqrt(var + eps); stores the row's mean and rstd at index row.
     */
    void layerNorm(float[] x, float[] y, int off, int c, float[] g, float[] b, float eps,
                   float[] mean, float[] rstd, int row);

    /** dx += the layer norm's input gradient for one row, given dy and the saved mean and rstd. */
    void layerNormBackward(float[] x, float[] dy, float[] dx, int off, int c, float[] g, float mean, float rstd);

    /**
     * dg += dy·x̂ and db += dy for c columns of one row starting at off (x̂ the normalised input);
     * the columns' gradients start at gOff in dg and db (0 for a whole row).
     */
    void layerNormParamGrads(float[] x, float[] dy, int off, int c, float mean, float rstd, float[] dg, float[] db, int gOff);

    /** y = GELU(x), GPT-2's tanh form, over len elements. */
    void gelu(float[] x, float[] y, int off, int len);

    /** dx += dy·GELU'(x) over len elements. */
    void geluBackward(float[] x, float[] dy, float[] dx, int off, int len);

    /**
     * One AdamW step over len parameters: decoupled weight decay, bias-corrected moments.
     * {@code correction1} and {@code correction2} are 1 − β1^t and 1 − β2^t.
     */
    void adamw(float[] p, float[] g, float[] m, float[] v, int off, int len, float lr,
               float beta1, float beta2, float eps, float weightDecay,
               float correction1, float correction2);

    /** A short name for benchmarks and the start-up hint. */
    String name();

    /** The matrix product's register block and panel sizes, for benchmarks. */
    default String blockShape() {
        return "none (plain Java loops)";
    }

    /**
     * This core's multiply-add throughput, measured in a loop of independent fused multiply-adds
     * on registers (no memory traffic), in GFLOP/s: the ceiling a matrix product can approach.
     */
    default double peakGflops() {
        return Double.NaN;
    }
}
