package jielong.gpu;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * cuBLAS's single-precision matrix products, called the row-major way: cuBLAS thinks in
 * columns, and a row-major C = A·B is the column-major Cᵀ = Bᵀ·Aᵀ, so the operands swap places.
 */
final class Cublas {
    private static final int OP_N = 0, OP_T = 1, TF32_TENSOR_OP_MATH = 3;

    private final MethodHandle cublasSgemm, cublasSgemmStridedBatched, cublasGetStatusString;
    private final long handle;
    private final int version;
    private final MemorySegment scalars = Arena.ofAuto().allocate(JAVA_FLOAT, 2); // alpha, beta: read at call time

    /** Opens cuBLAS, or throws a CudaException saying it is missing (the caller falls back). */
    Cublas(boolean tf32) {
        NativeLibrary lib = NativeLibrary.open("cuBLAS", List.of("libcublas.so.13", "libcublas.so.12", "libcublas.so"),
                "Matrix products fall back to Jielong's own tiled kernel; install the CUDA toolkit's cuBLAS "
                        + "(or set JIELONG_CUDA_LIBS to the folder that holds libcublas.so.*) for cuBLAS's speed.");
        MethodHandle create = lib.function("cublasCreate_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MethodHandle getVersion = lib.function("cublasGetVersion_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
        MethodHandle setMathMode = lib.function("cublasSetMathMode", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT));
        cublasGetStatusString = lib.function("cublasGetStatusString", FunctionDescriptor.of(ADDRESS, JAVA_INT));
        cublasSgemm = lib.function("cublasSgemm_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        cublasSgemmStridedBatched = lib.function("cublasSgemmStridedBatched", FunctionDescriptor.of(JAVA_INT, JAVA_LONG,
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG,
                JAVA_INT, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT));
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(JAVA_LONG);
            check("cublasCreate_v2", Driver.call(() -> (int) create.invokeExact(out)));
            handle = out.get(JAVA_LONG, 0);
            check("cublasGetVersion_v2", Driver.call(() -> (int) getVersion.invokeExact(handle, out)));
            version = out.get(JAVA_INT, 0);
        }
        // Plain fp32 by default, like the CPU engine; TF32 tensor cores only when asked for.
        if (tf32) check("cublasSetMathMode", Driver.call(() -> (int) setMathMode.invokeExact(handle, TF32_TENSOR_OP_MATH)));
    }

    /** "13.0.2", say (cuBLAS packs it as major·10000 + minor·100 + patch). */
    String version() {
        return version / 10000 + "." + version / 100 % 100 + "." + version % 100;
    }

    /**
     * Row-major C[m,n] = α·op(A)·op(B) + β·C for count products spaced by the given strides
     * (in floats); op(A) is A[m,k], or Aᵀ of a stored [k,m] when ta.
     */
    void gemm(boolean ta, boolean tb, int m, int n, int k, float alpha, long a, int lda, long strideA,
              long b, int ldb, long strideB, float beta, long c, int ldc, long strideC, int count) {
        scalars.setAtIndex(JAVA_FLOAT, 0, alpha);
        scalars.setAtIndex(JAVA_FLOAT, 1, beta);
        MemorySegment al = scalars, be = scalars.asSlice(4);
        int opB = tb ? OP_T : OP_N, opA = ta ? OP_T : OP_N;
        if (count == 1) {
            check("cublasSgemm_v2", Driver.call(() -> (int) cublasSgemm.invokeExact(handle, opB, opA, n, m, k, al,
                    b, ldb, a, lda, be, c, ldc)));
        } else {
            check("cublasSgemmStridedBatched", Driver.call(() -> (int) cublasSgemmStridedBatched.invokeExact(handle,
                    opB, opA, n, m, k, al, b, ldb, strideB, a, lda, strideA, be, c, ldc, strideC, count)));
        }
    }

    private void check(String call, int status) {
        if (status == 0) return;
        String text;
        try {
            text = ((MemorySegment) cublasGetStatusString.invokeExact(status)).reinterpret(256).getString(0);
        } catch (Throwable t) {
            text = "cublasStatus_t " + status;
        }
        throw new CudaException(call + " failed: " + text);
    }
}
