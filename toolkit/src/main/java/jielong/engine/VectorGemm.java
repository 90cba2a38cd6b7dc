package jielong.engine;

import java.util.Arrays;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matrix product C (+)= A·B the way GotoBLAS and BLIS do it, on the Vector API: k is cut into
 * panels of {@link VectorShape#KC} steps; each panel of B is copied ("packed") into strips NR
 * columns wide and each block of A into strips MR rows tall, laid out in the order the register
 * block reads them, so the innermost loop walks both with unit stride whatever the strides of A
 * and B were (a transposed A costs nothing extra). A register block of MR×NR values of C is then
 * updated by one multiply-add per value per step of k.
 *
 * <p>Packing pays for itself when each value of B is used by many rows of A. A product with at
 * most {@link #THIN_ROWS} rows (decoding one token is a vector times each weight matrix) uses each
 * value of B that many times only, so copying B would cost more than the arithmetic: such products
 * read a row-major B where it lies instead ({@link #thin}).
 *
 * <p>Every value of C is still summed over k one fused multiply-add at a time, in order, from
 * zero or from C's old value: blocking and packing change where the numbers are, not the bits of
 * the result, which are the same as {@link ScalarKernels#gemm}'s for every block shape and on both
 * paths.
 */
final class VectorGemm {
    private static final VectorSpecies<Float> S = VectorShape.S;
    private static final int L = VectorShape.L, MR = VectorShape.MR, NR = VectorShape.NR;
    private static final int KC = VectorShape.KC, MC = VectorShape.MC;

    /** Packing space, one set per thread and reused from call to call, so products allocate nothing. */
    private static final class Buffers {
        float[] a = new float[0], b = new float[0];
        final float[] tile = new float[MR * NR];

        float[] a(int n) {
            if (a.length < n) a = new float[n];
            return a;
        }

        float[] b(int n) {
            if (b.length < n) b = new float[n];
            return b;
        }
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** Products with at most this many rows of A skip packing when B is row-major. */
    static final int THIN_ROWS = 4;
    /**
     * Columns of C per pass of {@link #thin}: a 4 KB piece of each row of C, and of four rows of B,
     * stays in the L1 cache while k is walked, and B is read in long unit-stride runs that the
     * hardware prefetcher follows.
     */
    private static final int THIN_COLUMNS = 1024;
    /** False packs every product (only to time the two paths against each other in one JVM). */
    static volatile boolean thinPath = true;

    private VectorGemm() {}

    /** See {@link Kernels#gemm(int, int, int, float[], int, int, int, float[], int, int, int, float[], int, int, boolean)}. */
    static void gemm(int m, int n, int k, float[] a, int aOff, int aRow, int aCol,
                     float[] b, int bOff, int bRow, int bCol, float[] c, int cOff, int ldc, boolean accumulate) {
        if (m <= 0 || n <= 0) return;
        if (k == 0) {
            if (!accumulate) for (int i = 0; i < m; i++) Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
            return;
        }
        if (m <= THIN_ROWS && bCol == 1 && thinPath) {
            thin(m, n, k, a, aOff, aRow, aCol, b, bOff, bRow, c, cOff, ldc, accumulate);
            return;
        }
        Buffers buf = BUFFERS.get();
        int strips = (n + NR - 1) / NR;
        for (int p0 = 0; p0 < k; p0 += KC) {
            int kc = Math.min(KC, k - p0);
            boolean acc = accumulate || p0 > 0; // later panels add to what the earlier ones left in C
            float[] bp = buf.b(strips * NR * kc);
            packB(kc, n, b, bOff + p0 * bRow, bRow, bCol, bp);
            for (int i0 = 0; i0 < m; i0 += MC) {
                int mc = Math.min(MC, m - i0);
                float[] ap = buf.a((mc + MR - 1) / MR * MR * KC);
                packA(mc, kc, a, aOff + i0 * aRow + p0 * aCol, aRow, aCol, ap);
                // A strip of B (kc×NR, ≤ 32 KB) stays in L1 while every strip of the A block passes.
                for (int s = 0; s < strips; s++) {
                    int j = s * NR, nr = Math.min(NR, n - j);
                    for (int ir = 0; ir < mc; ir += MR) {
                        int mr = Math.min(MR, mc - ir), ci = cOff + (i0 + ir) * ldc + j;
                        if (mr == MR && nr == NR) micro(kc, ap, ir * KC, bp, s * NR * kc, c, ci, ldc, acc);
                        else edge(mr, nr, kc, ap, ir * KC, bp, s * NR * kc, c, ci, ldc, acc, buf.tile);
                    }
                }
            }
        }
    }

    /**
     * C (+)= A·B for a few rows of A and a row-major B, B read in place: C's rows are updated four
     * steps of k at a time, each vector of C loaded once, given four multiply-adds in k order
     * (a chain per value, as in the register block) and stored. B is read from memory once, in
     * unit-stride runs; further rows of A find the same four rows of B still in the L1 cache.
     */
    private static void thin(int m, int n, int k, float[] a, int aOff, int aRow, int aCol,
                             float[] b, int bOff, int bRow, float[] c, int cOff, int ldc, boolean accumulate) {
        if (!accumulate) for (int i = 0; i < m; i++) Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
        for (int j0 = 0; j0 < n; j0 += THIN_COLUMNS) {
            int w = Math.min(THIN_COLUMNS, n - j0), p = 0;
            for (; p + 4 <= k; p += 4) {
                for (int i = 0; i < m; i++) {
                    int ai = aOff + i * aRow + p * aCol;
                    fourSteps(a[ai], a[ai + aCol], a[ai + 2 * aCol], a[ai + 3 * aCol], b, bOff + p * bRow + j0, bRow, c, cOff + i * ldc + j0, w);
                }
            }
            for (; p < k; p++) {
                for (int i = 0; i < m; i++) {
                    float x = a[aOff + i * aRow + p * aCol];
                    int bp = bOff + p * bRow + j0, ci = cOff + i * ldc + j0, j = 0;
                    FloatVector xv = FloatVector.broadcast(S, x);
                    for (; j + L <= w; j += L) load(b, bp + j).fma(xv, load(c, ci + j)).intoArray(c, ci + j);
                    for (; j < w; j++) c[ci + j] = Math.fma(x, b[bp + j], c[ci + j]);
                }
            }
        }
    }

    /** c[0, w) += x0·B(0) + x1·B(1) + x2·B(2) + x3·B(3), B(q) the row at b0 + q·bRow, one multiply-add at a time in that order. */
    private static void fourSteps(float x0, float x1, float x2, float x3, float[] b, int b0, int bRow, float[] c, int c0, int w) {
        FloatVector v0 = FloatVector.broadcast(S, x0), v1 = FloatVector.broadcast(S, x1);
        FloatVector v2 = FloatVector.broadcast(S, x2), v3 = FloatVector.broadcast(S, x3);
        int b1 = b0 + bRow, b2 = b1 + bRow, b3 = b2 + bRow, j = 0;
        for (; j + L <= w; j += L) {
            FloatVector s = load(c, c0 + j);
            s = load(b, b0 + j).fma(v0, s);
            s = load(b, b1 + j).fma(v1, s);
            s = load(b, b2 + j).fma(v2, s);
            s = load(b, b3 + j).fma(v3, s);
            s.intoArray(c, c0 + j);
        }
        for (; j < w; j++) {
            float s = c[c0 + j];
            s = Math.fma(x0, b[b0 + j], s);
            s = Math.fma(x1, b[b1 + j], s);
            s = Math.fma(x2, b[b2 + j], s);
            s = Math.fma(x3, b[b3 + j], s);
            c[c0 + j] = s;
        }
    }

    /**
     * Copies rows [0, mc) × steps [0, kc) of A into strips of MR rows, each row of a strip KC
     * floats long: A(r·MR + i, p) goes to r·MR·KC + i·KC + p. The row stride is a constant, so the
     * register block finds every row of A at a fixed offset from one pointer (no register per row),
     * and a row-major A is packed by plain copies. Rows past mc are zeros (computed, then dropped).
     */
    private static void packA(int mc, int kc, float[] a, int aOff, int aRow, int aCol, float[] ap) {
        for (int ir = 0; ir < mc; ir += MR) {
            int mr = Math.min(MR, mc - ir), base = ir * KC;
            if (aCol == 1) {
                for (int i = 0; i < mr; i++) System.arraycopy(a, aOff + (ir + i) * aRow, ap, base + i * KC, kc);
            } else { // a transposed A: step p's MR values are the ones next to each other
                for (int p = 0; p < kc; p++) {
                    int src = aOff + ir * aRow + p * aCol;
                    for (int i = 0; i < mr; i++) ap[base + i * KC + p] = a[src + i * aRow];
                }
            }
            for (int i = mr; i < MR; i++) Arrays.fill(ap, base + i * KC, base + i * KC + kc, 0f);
        }
    }

    /**
     * Copies steps [0, kc) × columns [0, n) of B into strips of NR columns: strip s holds
     * B(p, s·NR + j) at s·NR·kc + p·NR + j. Columns past n are zeros. A row-major B is copied a
     * vector at a time; a transposed one (bRow = 1) is transposed here, on the way in.
     */
    private static void packB(int kc, int n, float[] b, int bOff, int bRow, int bCol, float[] bp) {
        int full = bCol == 1 ? n / NR : 0;
        for (int s = 0; s < full; s++) {
            int dst = s * NR * kc, src = bOff + s * NR;
            for (int p = 0; p < kc; p++, dst += NR, src += bRow) {
                for (int v = 0; v < NR; v += L) load(b, src + v).intoArray(bp, dst + v);
            }
        }
        for (int j0 = full * NR; j0 < n; j0 += NR) {
            int w = Math.min(NR, n - j0), dst = j0 * kc;
            if (bCol == 1) {
                for (int p = 0; p < kc; p++) System.arraycopy(b, bOff + p * bRow + j0, bp, dst + p * NR, w);
            } else { // column j of B is contiguous along p when bRow = 1: read it in order
                for (int j = 0; j < w; j++) {
                    int src = bOff + (j0 + j) * bCol;
                    for (int p = 0; p < kc; p++) bp[dst + p * NR + j] = b[src + p * bRow];
                }
            }
            if (w < NR) for (int p = 0; p < kc; p++) Arrays.fill(bp, dst + p * NR + w, dst + (p + 1) * NR, 0f);
        }
    }

    /** A block at the bottom or right edge of C: computed whole in a tile, only its mr×nr part stored. */
    private static void edge(int mr, int nr, int kc, float[] ap, int a0, float[] bp, int b0,
                             float[] c, int ci, int ldc, boolean acc, float[] tile) {
        Arrays.fill(tile, 0f);
        if (acc) for (int i = 0; i < mr; i++) System.arraycopy(c, ci + i * ldc, tile, i * NR, nr);
        micro(kc, ap, a0, bp, b0, tile, 0, NR, true); // from zeros, the same bits as starting afresh
        for (int i = 0; i < mr; i++) System.arraycopy(tile, i * NR, c, ci + i * ldc, nr);
    }

    /**
     * The register block chosen for this CPU; the JIT folds the switch away (MR is a constant).
     * Package-private so that {@code KernelCeiling} can time it alone on panels in the L1 cache.
     */
    static void micro(int kc, float[] ap, int a0, float[] bp, int bOff, float[] c, int c0, int ldc, boolean acc) {
        switch (MR) {
            case 4 -> micro4x2(kc, ap, a0, bp, bOff, c, c0, ldc, acc);
            case 6 -> micro6x2(kc, ap, a0, bp, bOff, c, c0, ldc, acc);
            case 8 -> micro8x2(kc, ap, a0, bp, bOff, c, c0, ldc, acc);
            default -> micro12x2(kc, ap, a0, bp, bOff, c, c0, ldc, acc);
        }
    }

    private static FloatVector load(float[] x, int off) {
        return FloatVector.fromArray(S, x, off);
    }

    /** 4 rows × 2 vectors of C: per step of k, 2 loads of B and 4 broadcasts of A feed 8 multiply-adds. */
    private static void micro4x2(int kc, float[] ap, int a0, float[] bp, int bOff, float[] c, int c0, int ldc, boolean acc) {
        FloatVector c00, c01, c10, c11, c20, c21, c30, c31;
        if (acc) {
            c00 = load(c, c0); c01 = load(c, c0 + L);
            c10 = load(c, c0 + ldc); c11 = load(c, c0 + ldc + L);
            c20 = load(c, c0 + 2 * ldc); c21 = load(c, c0 + 2 * ldc + L);
            c30 = load(c, c0 + 3 * ldc); c31 = load(c, c0 + 3 * ldc + L);
        } else {
            c00 = c01 = c10 = c11 = c20 = c21 = c30 = c31 = FloatVector.zero(S);
        }
        for (int p = 0, a = a0, b = bOff; p < kc; p++, a++, b += NR) {
            FloatVector b0 = load(bp, b), b1 = load(bp, b + L);
            FloatVector x0 = FloatVector.broadcast(S, ap[a]);
            c00 = b0.fma(x0, c00); c01 = b1.fma(x0, c01);
            FloatVector x1 = FloatVector.broadcast(S, ap[a + 1 * KC]);
            c10 = b0.fma(x1, c10); c11 = b1.fma(x1, c11);
            FloatVector x2 = FloatVector.broadcast(S, ap[a + 2 * KC]);
            c20 = b0.fma(x2, c20); c21 = b1.fma(x2, c21);
            FloatVector x3 = FloatVector.broadcast(S, ap[a + 3 * KC]);
            c30 = b0.fma(x3, c30); c31 = b1.fma(x3, c31);
        }
        c00.intoArray(c, c0); c01.intoArray(c, c0 + L);
        c10.intoArray(c, c0 + ldc); c11.intoArray(c, c0 + ldc + L);
        c20.intoArray(c, c0 + 2 * ldc); c21.intoArray(c, c0 + 2 * ldc + L);
        c30.intoArray(c, c0 + 3 * ldc); c31.intoArray(c, c0 + 3 * ldc + L);
    }

    /** 6 rows × 2 vectors of C: per step of k, 2 loads of B and 6 broadcasts of A feed 12 multiply-adds. */
    private static void micro6x2(int kc, float[] ap, int a0, float[] bp, int bOff, float[] c, int c0, int ldc, boolean acc) {
        FloatVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51;
        if (acc) {
            c00 = load(c, c0); c01 = load(c, c0 + L);
            c10 = load(c, c0 + ldc); c11 = load(c, c0 + ldc + L);
            c20 = load(c, c0 + 2 * ldc); c21 = load(c, c0 + 2 * ldc + L);
            c30 = load(c, c0 + 3 * ldc); c31 = load(c, c0 + 3 * ldc + L);
            c40 = load(c, c0 + 4 * ldc); c41 = load(c, c0 + 4 * ldc + L);
            c50 = load(c, c0 + 5 * ldc); c51 = load(c, c0 + 5 * ldc + L);
        } else {
            c00 = c01 = c10 = c11 = c20 = c21 = c30 = c31 = c40 = c41 = c50 = c51 = FloatVector.zero(S);
        }
        for (int p = 0, a = a0, b = bOff; p < kc; p++, a++, b += NR) {
            FloatVector b0 = load(bp, b), b1 = load(bp, b + L);
            FloatVector x0 = FloatVector.broadcast(S, ap[a]);
            c00 = b0.fma(x0, c00); c01 = b1.fma(x0, c01);
            FloatVector x1 = FloatVector.broadcast(S, ap[a + 1 * KC]);
            c10 = b0.fma(x1, c10); c11 = b1.fma(x1, c11);
            FloatVector x2 = FloatVector.broadcast(S, ap[a + 2 * KC]);
            c20 = b0.fma(x2, c20); c21 = b1.fma(x2, c21);
            FloatVector x3 = FloatVector.broadcast(S, ap[a + 3 * KC]);
            c30 = b0.fma(x3, c30); c31 = b1.fma(x3, c31);
            FloatVector x4 = FloatVector.broadcast(S, ap[a + 4 * KC]);
            c40 = b0.fma(x4, c40); c41 = b1.fma(x4, c41);
            FloatVector x5 = FloatVector.broadcast(S, ap[a + 5 * KC]);
            c50 = b0.fma(x5, c50); c51 = b1.fma(x5, c51);
        }
        c00.intoArray(c, c0); c01.intoArray(c, c0 + L);
        c10.intoArray(c, c0 + ldc); c11.intoArray(c, c0 + ldc + L);
        c20.intoArray(c, c0 + 2 * ldc); c21.intoArray(c, c0 + 2 * ldc + L);
        c30.intoArray(c, c0 + 3 * ldc); c31.intoArray(c, c0 + 3 * ldc + L);
        c40.intoArray(c, c0 + 4 * ldc); c41.intoArray(c, c0 + 4 * ldc + L);
        c50.intoArray(c, c0 + 5 * ldc); c51.intoArray(c, c0 + 5 * ldc + L);
    }

    /** 8 rows × 2 vectors of C: per step of k, 2 loads of B and 8 broadcasts of A feed 16 multiply-adds. */
    private static void micro8x2(int kc, float[] ap, int a0, float[] bp, int bOff, float[] c, int c0, int ldc, boolean acc) {
        FloatVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51, c60, c61, c70, c71;
        if (acc) {
            c00 = load(c, c0); c01 = load(c, c0 + L);
            c10 = load(c, c0 + ldc); c11 = load(c, c0 + ldc + L);
            c20 = load(c, c0 + 2 * ldc); c21 = load(c, c0 + 2 * ldc + L);
            c30 = load(c, c0 + 3 * ldc); c31 = load(c, c0 + 3 * ldc + L);
            c40 = load(c, c0 + 4 * ldc); c41 = load(c, c0 + 4 * ldc + L);
            c50 = load(c, c0 + 5 * ldc); c51 = load(c, c0 + 5 * ldc + L);
            c60 = load(c, c0 + 6 * ldc); c61 = load(c, c0 + 6 * ldc + L);
            c70 = load(c, c0 + 7 * ldc); c71 = load(c, c0 + 7 * ldc + L);
        } else {
            c00 = c01 = c10 = c11 = c20 = c21 = c30 = c31 = c40 = c41 = c50 = c51 = c60 = c61 = c70 = c71 = FloatVector.zero(S);
        }
        for (int p = 0, a = a0, b = bOff; p < kc; p++, a++, b += NR) {
            FloatVector b0 = load(bp, b), b1 = load(bp, b + L);
            FloatVector x0 = FloatVector.broadcast(S, ap[a]);
            c00 = b0.fma(x0, c00); c01 = b1.fma(x0, c01);
            FloatVector x1 = FloatVector.broadcast(S, ap[a + 1 * KC]);
            c10 = b0.fma(x1, c10); c11 = b1.fma(x1, c11);
            FloatVector x2 = FloatVector.broadcast(S, ap[a + 2 * KC]);
            c20 = b0.fma(x2, c20); c21 = b1.fma(x2, c21);
            FloatVector x3 = FloatVector.broadcast(S, ap[a + 3 * KC]);
            c30 = b0.fma(x3, c30); c31 = b1.fma(x3, c31);
            FloatVector x4 = FloatVector.broadcast(S, ap[a + 4 * KC]);
            c40 = b0.fma(x4, c40); c41 = b1.fma(x4, c41);
            FloatVector x5 = FloatVector.broadcast(S, ap[a + 5 * KC]);
            c50 = b0.fma(x5, c50); c51 = b1.fma(x5, c51);
            FloatVector x6 = FloatVector.broadcast(S, ap[a + 6 * KC]);
            c60 = b0.fma(x6, c60); c61 = b1.fma(x6, c61);
            FloatVector x7 = FloatVector.broadcast(S, ap[a + 7 * KC]);
            c70 = b0.fma(x7, c70); c71 = b1.fma(x7, c71);
        }
        c00.intoArray(c, c0); c01.intoArray(c, c0 + L);
        c10.intoArray(c, c0 + ldc); c11.intoArray(c, c0 + ldc + L);
        c20.intoArray(c, c0 + 2 * ldc); c21.intoArray(c, c0 + 2 * ldc + L);
        c30.intoArray(c, c0 + 3 * ldc); c31.intoArray(c, c0 + 3 * ldc + L);
        c40.intoArray(c, c0 + 4 * ldc); c41.intoArray(c, c0 + 4 * ldc + L);
        c50.intoArray(c, c0 + 5 * ldc); c51.intoArray(c, c0 + 5 * ldc + L);
        c60.intoArray(c, c0 + 6 * ldc); c61.intoArray(c, c0 + 6 * ldc + L);
        c70.intoArray(c, c0 + 7 * ldc); c71.intoArray(c, c0 + 7 * ldc + L);
    }

    /** 12 rows × 2 vectors of C: per step of k, 2 loads of B and 12 broadcasts of A feed 24 multiply-adds. */
    private static void micro12x2(int kc, float[] ap, int a0, float[] bp, int bOff, float[] c, int c0, int ldc, boolean acc) {
        FloatVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51, c60, c61, c70, c71, c80, c81, c90, c91, c100, c101, c110, c111;
        if (acc) {
            c00 = load(c, c0); c01 = load(c, c0 + L);
            c10 = load(c, c0 + ldc); c11 = load(c, c0 + ldc + L);
            c20 = load(c, c0 + 2 * ldc); c21 = load(c, c0 + 2 * ldc + L);
            c30 = load(c, c0 + 3 * ldc); c31 = load(c, c0 + 3 * ldc + L);
            c40 = load(c, c0 + 4 * ldc); c41 = load(c, c0 + 4 * ldc + L);
            c50 = load(c, c0 + 5 * ldc); c51 = load(c, c0 + 5 * ldc + L);
            c60 = load(c, c0 + 6 * ldc); c61 = load(c, c0 + 6 * ldc + L);
            c70 = load(c, c0 + 7 * ldc); c71 = load(c, c0 + 7 * ldc + L);
            c80 = load(c, c0 + 8 * ldc); c81 = load(c, c0 + 8 * ldc + L);
            c90 = load(c, c0 + 9 * ldc); c91 = load(c, c0 + 9 * ldc + L);
            c100 = load(c, c0 + 10 * ldc); c101 = load(c, c0 + 10 * ldc + L);
            c110 = load(c, c0 + 11 * ldc); c111 = load(c, c0 + 11 * ldc + L);
        } else {
            c00 = c01 = c10 = c11 = c20 = c21 = c30 = c31 = c40 = c41 = c50 = c51 = c60 = c61 = c70 = c71 = c80 = c81 = c90 = c91 = c100 = c101 = c110 = c111 = FloatVector.zero(S);
        }
        for (int p = 0, a = a0, b = bOff; p < kc; p++, a++, b += NR) {
            FloatVector b0 = load(bp, b), b1 = load(bp, b + L);
            FloatVector x0 = FloatVector.broadcast(S, ap[a]);
            c00 = b0.fma(x0, c00); c01 = b1.fma(x0, c01);
            FloatVector x1 = FloatVector.broadcast(S, ap[a + 1 * KC]);
            c10 = b0.fma(x1, c10); c11 = b1.fma(x1, c11);
            FloatVector x2 = FloatVector.broadcast(S, ap[a + 2 * KC]);
            c20 = b0.fma(x2, c20); c21 = b1.fma(x2, c21);
            FloatVector x3 = FloatVector.broadcast(S, ap[a + 3 * KC]);
            c30 = b0.fma(x3, c30); c31 = b1.fma(x3, c31);
            FloatVector x4 = FloatVector.broadcast(S, ap[a + 4 * KC]);
            c40 = b0.fma(x4, c40); c41 = b1.fma(x4, c41);
            FloatVector x5 = FloatVector.broadcast(S, ap[a + 5 * KC]);
            c50 = b0.fma(x5, c50); c51 = b1.fma(x5, c51);
            FloatVector x6 = FloatVector.broadcast(S, ap[a + 6 * KC]);
            c60 = b0.fma(x6, c60); c61 = b1.fma(x6, c61);
            FloatVector x7 = FloatVector.broadcast(S, ap[a + 7 * KC]);
            c70 = b0.fma(x7, c70); c71 = b1.fma(x7, c71);
            FloatVector x8 = FloatVector.broadcast(S, ap[a + 8 * KC]);
            c80 = b0.fma(x8, c80); c81 = b1.fma(x8, c81);
            FloatVector x9 = FloatVector.broadcast(S, ap[a + 9 * KC]);
            c90 = b0.fma(x9, c90); c91 = b1.fma(x9, c91);
            FloatVector x10 = FloatVector.broadcast(S, ap[a + 10 * KC]);
            c100 = b0.fma(x10, c100); c101 = b1.fma(x10, c101);
            FloatVector x11 = FloatVector.broadcast(S, ap[a + 11 * KC]);
            c110 = b0.fma(x11, c110); c111 = b1.fma(x11, c111);
        }
        c00.intoArray(c, c0); c01.intoArray(c, c0 + L);
        c10.intoArray(c, c0 + ldc); c11.intoArray(c, c0 + ldc + L);
        c20.intoArray(c, c0 + 2 * ldc); c21.intoArray(c, c0 + 2 * ldc + L);
        c30.intoArray(c, c0 + 3 * ldc); c31.intoArray(c, c0 + 3 * ldc + L);
        c40.intoArray(c, c0 + 4 * ldc); c41.intoArray(c, c0 + 4 * ldc + L);
        c50.intoArray(c, c0 + 5 * ldc); c51.intoArray(c, c0 + 5 * ldc + L);
        c60.intoArray(c, c0 + 6 * ldc); c61.intoArray(c, c0 + 6 * ldc + L);
        c70.intoArray(c, c0 + 7 * ldc); c71.intoArray(c, c0 + 7 * ldc + L);
        c80.intoArray(c, c0 + 8 * ldc); c81.intoArray(c, c0 + 8 * ldc + L);
        c90.intoArray(c, c0 + 9 * ldc); c91.intoArray(c, c0 + 9 * ldc + L);
        c100.intoArray(c, c0 + 10 * ldc); c101.intoArray(c, c0 + 10 * ldc + L);
        c110.intoArray(c, c0 + 11 * ldc); c111.intoArray(c, c0 + 11 * ldc + L);
    }
}
