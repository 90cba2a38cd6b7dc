package jielong.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels on the JDK's Vector API: one SIMD register holds {@code L} floats (16 with AVX-512).
 * The matrix product keeps a 4×3L block of C in twelve registers while it walks the shared
 * dimension, so each loaded value of B feeds four multiply-adds.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final float GELU_C = ScalarKernels.GELU_C;

    @Override
    public void gemm(int m, int n, int k, float[] a, int aOff, int aRow, int aCol,
                     float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean accumulate) {
        // Columns outside, rows inside: a k×3L panel of B stays in L1 while every row of A passes.
        int j = 0;
        for (; j + 3 * L <= n; j += 3 * L) {
            int i = 0;
            for (; i + 4 <= m; i += 4) block4x3(i, j, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc, accumulate);
            for (; i < m; i++) row(i, j, j + 3 * L, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc, accumulate);
        }
        if (j + 2 * L <= n) {
            int i = 0;
            for (; i + 4 <= m; i += 4) block4x2(i, j, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc, accumulate);
            for (; i < m; i++) row(i, j, j + 2 * L, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc, accumulate);
            j += 2 * L;
        }
        if (j < n) {
            int i = 0;
            for (; i + 4 <= m; i += 4) block4xRest(i, j, n, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc, accumulate);
            for (; i < m; i++) row(i, j, n, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc, accumulate);
        }
    }

    private static void block4x3(int i, int j, int k, float[] a, int aOff, int aRow, int aCol,
                                 float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean acc) {
        int c0 = cOff + i * ldc + j, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        FloatVector s00, s01, s02, s10, s11, s12, s20, s21, s22, s30, s31, s32;
        if (acc) {
            s00 = FloatVector.fromArray(S, c, c0); s01 = FloatVector.fromArray(S, c, c0 + L); s02 = FloatVector.fromArray(S, c, c0 + 2 * L);
            s10 = FloatVector.fromArray(S, c, c1); s11 = FloatVector.fromArray(S, c, c1 + L); s12 = FloatVector.fromArray(S, c, c1 + 2 * L);
            s20 = FloatVector.fromArray(S, c, c2); s21 = FloatVector.fromArray(S, c, c2 + L); s22 = FloatVector.fromArray(S, c, c2 + 2 * L);
            s30 = FloatVector.fromArray(S, c, c3); s31 = FloatVector.fromArray(S, c, c3 + L); s32 = FloatVector.fromArray(S, c, c3 + 2 * L);
        } else {
            s00 = s01 = s02 = s10 = s11 = s12 = s20 = s21 = s22 = s30 = s31 = s32 = FloatVector.zero(S);
        }
        int a0 = aOff + i * aRow, a1 = a0 + aRow, a2 = a1 + aRow, a3 = a2 + aRow;
        int bp = bOff + j;
        for (int p = 0; p < k; p++, bp += ldb) {
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * L);
            int ap = p * aCol;
            FloatVector x = FloatVector.broadcast(S, a[a0 + ap]);
            s00 = b0.fma(x, s00); s01 = b1.fma(x, s01); s02 = b2.fma(x, s02);
            x = FloatVector.broadcast(S, a[a1 + ap]);
            s10 = b0.fma(x, s10); s11 = b1.fma(x, s11); s12 = b2.fma(x, s12);
            x = FloatVector.broadcast(S, a[a2 + ap]);
            s20 = b0.fma(x, s20); s21 = b1.fma(x, s21); s22 = b2.fma(x, s22);
            x = FloatVector.broadcast(S, a[a3 + ap]);
            s30 = b0.fma(x, s30); s31 = b1.fma(x, s31); s32 = b2.fma(x, s32);
        }
        s00.intoArray(c, c0); s01.intoArray(c, c0 + L); s02.intoArray(c, c0 + 2 * L);
        s10.intoArray(c, c1); s11.intoArray(c, c1 + L); s12.intoArray(c, c1 + 2 * L);
        s20.intoArray(c, c2); s21.intoArray(c, c2 + L); s22.intoArray(c, c2 + 2 * L);
        s30.intoArray(c, c3); s31.intoArray(c, c3 + L); s32.intoArray(c, c3 + 2 * L);
    }

    private static void block4x2(int i, int j, int k, float[] a, int aOff, int aRow, int aCol,
                                 float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean acc) {
        int c0 = cOff + i * ldc + j, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        FloatVector s00, s01, s10, s11, s20, s21, s30, s31;
        if (acc) {
            s00 = FloatVector.fromArray(S, c, c0); s01 = FloatVector.fromArray(S, c, c0 + L);
            s10 = FloatVector.fromArray(S, c, c1); s11 = FloatVector.fromArray(S, c, c1 + L);
            s20 = FloatVector.fromArray(S, c, c2); s21 = FloatVector.fromArray(S, c, c2 + L);
            s30 = FloatVector.fromArray(S, c, c3); s31 = FloatVector.fromArray(S, c, c3 + L);
        } else {
            s00 = s01 = s10 = s11 = s20 = s21 = s30 = s31 = FloatVector.zero(S);
        }
        int a0 = aOff + i * aRow, a1 = a0 + aRow, a2 = a1 + aRow, a3 = a2 + aRow;
        int bp = bOff + j;
        for (int p = 0; p < k; p++, bp += ldb) {
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
            int ap = p * aCol;
            FloatVector x = FloatVector.broadcast(S, a[a0 + ap]);
            s00 = b0.fma(x, s00); s01 = b1.fma(x, s01);
            x = FloatVector.broadcast(S, a[a1 + ap]);
            s10 = b0.fma(x, s10); s11 = b1.fma(x, s11);
            x = FloatVector.broadcast(S, a[a2 + ap]);
            s20 = b0.fma(x, s20); s21 = b1.fma(x, s21);
            x = FloatVector.broadcast(S, a[a3 + ap]);
            s30 = b0.fma(x, s30); s31 = b1.fma(x, s31);
        }
        s00.intoArray(c, c0); s01.intoArray(c, c0 + L);
        s10.intoArray(c, c1); s11.intoArray(c, c1 + L);
        s20.intoArray(c, c2); s21.intoArray(c, c2 + L);
        s30.intoArray(c, c3); s31.intoArray(c, c3 + L);
    }

    /** Four rows of C over columns [j, n) with fewer than 3L columns: one vector at a time. */
    private static void block4xRest(int i, int j, int n, int k, float[] a, int aOff, int aRow, int aCol,
                                    float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean acc) {
        int a0 = aOff + i * aRow, a1 = a0 + aRow, a2 = a1 + aRow, a3 = a2 + aRow;
        for (; j + L <= n; j += L) {
            int c0 = cOff + i * ldc + j, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
            FloatVector s0, s1, s2, s3;
            if (acc) {
                s0 = FloatVector.fromArray(S, c, c0); s1 = FloatVector.fromArray(S, c, c1);
                s2 = FloatVector.fromArray(S, c, c2); s3 = FloatVector.fromArray(S, c, c3);
            } else {
                s0 = s1 = s2 = s3 = FloatVector.zero(S);
            }
            int bp = bOff + j;
            for (int p = 0; p < k; p++, bp += ldb) {
                FloatVector bv = FloatVector.fromArray(S, b, bp);
                int ap = p * aCol;
                s0 = bv.fma(FloatVector.broadcast(S, a[a0 + ap]), s0);
                s1 = bv.fma(FloatVector.broadcast(S, a[a1 + ap]), s1);
                s2 = bv.fma(FloatVector.broadcast(S, a[a2 + ap]), s2);
                s3 = bv.fma(FloatVector.broadcast(S, a[a3 + ap]), s3);
            }
            s0.intoArray(c, c0); s1.intoArray(c, c1); s2.intoArray(c, c2); s3.intoArray(c, c3);
        }
        for (int r = 0; r < 4; r++) {
            if (j < n) scalarRow(i + r, j, n, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc, acc);
        }
    }

    /** One row of C over columns [j, end). */
    private static void row(int i, int j, int end, int k, float[] a, int aOff, int aRow, int aCol,
                            float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean acc) {
        int ai = aOff + i * aRow;
        for (; j + L <= end; j += L) {
            int ci = cOff + i * ldc + j;
            FloatVector s = acc ? FloatVector.fromArray(S, c, ci) : FloatVector.zero(S);
            int bp = bOff + j;
            for (int p = 0; p < k; p++, bp += ldb) {
                s = FloatVector.fromArray(S, b, bp).fma(FloatVector.broadcast(S, a[ai + p * aCol]), s);
            }
            s.intoArray(c, ci);
        }
        if (j < end) scalarRow(i, j, end, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc, acc);
    }

    private static void scalarRow(int i, int j, int end, int k, float[] a, int aOff, int aRow, int aCol,
                                  float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean acc) {
        int ai = aOff + i * aRow;
        for (; j < end; j++) {
            int ci = cOff + i * ldc + j;
            float s = acc ? c[ci] : 0f;
            for (int p = 0; p < k; p++) s = Math.fma(a[ai + p * aCol], b[bOff + p * ldb + j], s);
            c[ci] = s;
        }
    }

    /** {@link FastMath#exp} on every lane, the same polynomial step for step. */
    static FloatVector exp(FloatVector x) {
        x = x.max(FastMath.MIN_X).min(FastMath.MAX_X);
        FloatVector shifted = x.fma(FastMath.LOG2E, FastMath.ROUNDER);
        FloatVector n = shifted.sub(FastMath.ROUNDER);
        FloatVector r = n.fma(bc(-FastMath.LN2_HI), x);
        r = n.fma(bc(-FastMath.LN2_LO), r);
        FloatVector p = r.fma(bc(FastMath.P0), bc(FastMath.P1));
        p = p.fma(r, bc(FastMath.P2));
        p = p.fma(r, bc(FastMath.P3));
        p = p.fma(r, bc(FastMath.P4));
        p = p.fma(r, bc(FastMath.P5));
        FloatVector y = p.fma(r.mul(r), r).add(1f);
        IntVector bits = shifted.reinterpretAsInts().sub(Float.floatToRawIntBits(FastMath.ROUNDER));
        FloatVector pow2 = bits.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return y.mul(pow2);
    }

    private static FloatVector bc(float v) {
        return FloatVector.broadcast(S, v);
    }

    /** {@link FastMath#tanh} on every lane. */
    static FloatVector tanh(FloatVector x) {
        return FloatVector.broadcast(S, 2f).div(exp(x.mul(2f)).add(1f)).neg().add(1f);
    }

    /** Sums the lanes in a fixed order, so the JIT's choice of reduction cannot change the bits. */
    private static float sumLanes(FloatVector v) {
        float[] lanes = new float[L];
        v.intoArray(lanes, 0);
        float s = 0;
        for (float x : lanes) s += x;
        return s;
    }

    @Override
    public float dot(float[] x, int xOff, float[] y, int yOff, int len) {
        FloatVector s = FloatVector.zero(S);
        int i = 0;
        for (; i + L <= len; i += L) {
            s = FloatVector.fromArray(S, x, xOff + i).fma(FloatVector.fromArray(S, y, yOff + i), s);
        }
        float r = sumLanes(s);
        for (; i < len; i++) r = Math.fma(x[xOff + i], y[yOff + i], r);
        return r;
    }

    @Override
    public void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int len) {
        FloatVector av = FloatVector.broadcast(S, alpha);
        int i = 0;
        for (; i + L <= len; i += L) {
            FloatVector.fromArray(S, x, xOff + i).fma(av, FloatVector.fromArray(S, y, yOff + i)).intoArray(y, yOff + i);
        }
        for (; i < len; i++) y[yOff + i] = Math.fma(alpha, x[xOff + i], y[yOff + i]);
    }

    @Override
    public float max(float[] x, int off, int len) {
        float m = Float.NEGATIVE_INFINITY;
        int i = 0;
        if (len >= L) {
            FloatVector mv = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
            for (; i + L <= len; i += L) mv = mv.max(FloatVector.fromArray(S, x, off + i));
            m = mv.reduceLanes(VectorOperators.MAX);
        }
        for (; i < len; i++) m = Math.max(m, x[off + i]);
        return m;
    }

    @Override
    public float expShifted(float[] x, int off, int len, float shift) {
        FloatVector sum = FloatVector.zero(S);
        int i = 0;
        for (; i + L <= len; i += L) {
            FloatVector e = exp(FloatVector.fromArray(S, x, off + i).sub(shift));
            e.intoArray(x, off + i);
            sum = sum.add(e);
        }
        float s = sumLanes(sum);
        for (; i < len; i++) {
            x[off + i] = FastMath.exp(x[off + i] - shift);
            s += x[off + i];
        }
        return s;
    }

    @Override
    public void scale(float[] x, int off, int len, float factor) {
        int i = 0;
        for (; i + L <= len; i += L) FloatVector.fromArray(S, x, off + i).mul(factor).intoArray(x, off + i);
        for (; i < len; i++) x[off + i] *= factor;
    }

    @Override
    public void gelu(float[] x, float[] y, int off, int len) {
        int i = off, end = off + len;
        for (; i + L <= end; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            FloatVector t = tanh(v.mul(v).mul(0.044715f * GELU_C).add(GELU_C).mul(v));
            v.mul(0.5f).mul(t.add(1f)).intoArray(y, i);
        }
        if (i < end) new ScalarKernels().gelu(x, y, i, end - i);
    }

    @Override
    public void geluBackward(float[] x, float[] dy, float[] dx, int off, int len) {
        int i = off, end = off + len;
        for (; i + L <= end; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            FloatVector v2 = v.mul(v);
            FloatVector t = tanh(v2.mul(0.044715f * GELU_C).add(GELU_C).mul(v));
            FloatVector dt = t.mul(t).neg().add(1f).mul(v2.mul(3 * 0.044715f * GELU_C).add(GELU_C));
            FloatVector local = t.add(1f).mul(0.5f).add(v.mul(0.5f).mul(dt));
            FloatVector.fromArray(S, dy, i).fma(local, FloatVector.fromArray(S, dx, i)).intoArray(dx, i);
        }
        if (i < end) new ScalarKernels().geluBackward(x, dy, dx, i, end - i);
    }

    @Override
    public void adamw(float[] p, float[] g, float[] m, float[] v, int off, int len, float lr,
                      float beta1, float beta2, float eps, float weightDecay,
                      float correction1, float correction2) {
        int i = off, end = off + len;
        for (; i + L <= end; i += L) {
            FloatVector gv = FloatVector.fromArray(S, g, i);
            FloatVector mv = FloatVector.fromArray(S, m, i).mul(beta1).add(gv.mul(1 - beta1));
            FloatVector vv = FloatVector.fromArray(S, v, i).mul(beta2).add(gv.mul(gv).mul(1 - beta2));
            mv.intoArray(m, i);
            vv.intoArray(v, i);
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector step = mv.div(correction1).div(vv.div(correction2).sqrt().add(eps)).add(pv.mul(weightDecay));
            pv.sub(step.mul(lr)).intoArray(p, i);
        }
        if (i < end) new ScalarKernels().adamw(p, g, m, v, i, end - i, lr, beta1, beta2, eps, weightDecay, correction1, correction2);
    }

    @Override
    public String name() {
        return "Vector API, " + L + " floats per register";
    }
}
