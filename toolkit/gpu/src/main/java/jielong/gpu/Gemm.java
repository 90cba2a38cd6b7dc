package jielong.gpu;

/**
 * Row-major matrix products on the GPU: cuBLAS where it is installed, else our gemm_tiled
 * kernel (matmul.cu). C[m,n] = α·op(A)·op(B) + β·C, op(A) being Aᵀ of a stored [k,m] when ta.
 */
final class Gemm {
    private final Cublas cublas; // null: use the tiled kernel
    private final Kernels kernels;

    Gemm(Cublas cublas, Kernels kernels) {
        this.cublas = cublas;
        this.kernels = kernels;
    }

    String name() {
        return cublas != null ? "cuBLAS " + cublas.version() : "Jielong's tiled kernel (no cuBLAS)";
    }

    void gemm(boolean ta, boolean tb, int m, int n, int k, float alpha, long a, int lda, long b, int ldb,
              float beta, long c, int ldc) {
        batched(ta, tb, m, n, k, alpha, a, lda, 0, b, ldb, 0, beta, c, ldc, 0, 1);
    }

    /** count products side by side in memory, strides in floats. */
    void batched(boolean ta, boolean tb, int m, int n, int k, float alpha, long a, int lda, long strideA,
                 long b, int ldb, long strideB, float beta, long c, int ldc, long strideC, int count) {
        if (cublas != null) {
            if (Profile.ON) kernels.synchronize();
            long t0 = System.nanoTime();
            cublas.gemm(ta, tb, m, n, k, alpha, a, lda, strideA, b, ldb, strideB, beta, c, ldc, strideC, count);
            if (Profile.ON) kernels.profile("cublas " + (ta ? "T" : "N") + (tb ? "T" : "N") + " " + m + "x" + n + "x" + k + (count > 1 ? " x" + count : ""), t0);
            return;
        }
        // Element (i, kk) of op(A) is A[i·ars + kk·acs]: transposing only swaps the two strides.
        long ars = ta ? 1 : lda, acs = ta ? lda : 1, brs = tb ? 1 : ldb, bcs = tb ? ldb : 1;
        kernels.launch("gemm_tiled", (n + 63) / 64, (m + 63) / 64, count, 16, 16, 0, m, n, k, alpha,
                a, ars, acs, strideA, b, brs, bcs, strideB, beta, c, (long) ldc, strideC);
    }
}
