package jielong.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels on the JDK's Vector API: one SIMD register holds {@code L} floats (8 with AVX2, 16 with
 * AVX-512). The matrix product is {@link VectorGemm}'s, with the register block that
 * {@link VectorShape} chose for this CPU.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Float> S = VectorShape.S;
    private static final int L = S.length();
    private static final float GELU_C = ScalarKernels.GELU_C;
    private static final ScalarKernels SCALAR = new ScalarKernels();

    @Override
    public void gemm(int m, int n, int k, float[] a, int aOff, int aRow, int aCol,
                     float[] b, int bOff, int bRow, int bCol, float[] c, int cOff, int ldc, boolean accumulate) {
        VectorGemm.gemm(m, n, k, a, aOff, aRow, aCol, b, bOff, bRow, bCol, c, cOff, ldc, accumulate);
    }

    private static FloatVector load(float[] x, int off) {
        return FloatVector.fromArray(S, x, off);
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
    public void softmaxBackward(float[] p, int pOff, float[] d, int dOff, int len, float scale) {
        float dot = dot(p, pOff, d, dOff, len);
        int i = 0;
        for (; i + L <= len; i += L) {
            load(p, pOff + i).mul(load(d, dOff + i).sub(dot)).mul(scale).intoArray(d, dOff + i);
        }
        for (; i < len; i++) d[dOff + i] = p[pOff + i] * (d[dOff + i] - dot) * scale;
    }

    @Override
    public void scale(float[] x, int off, int len, float factor) {
        int i = 0;
        for (; i + L <= len; i += L) FloatVector.fromArray(S, x, off + i).mul(factor).intoArray(x, off + i);
        for (; i < len; i++) x[off + i] *= factor;
    }

    @Override
    public void layerNorm(float[] x, float[] y, int off, int c, float[] g, float[] b, float eps,
                          float[] mean, float[] rstd, int row) {
        if (c % L != 0) {
            SCALAR.layerNorm(x, y, off, c, g, b, eps, mean, rstd, row);
            return;
        }
        FloatVector sum = FloatVector.zero(S);
        for (int i = 0; i < c; i += L) sum = sum.add(load(x, off + i));
        float mu = sumLanes(sum) / c;
        FloatVector sq = FloatVector.zero(S);
        for (int i = 0; i < c; i += L) {
            FloatVector d = load(x, off + i).sub(mu);
            sq = d.fma(d, sq);
        }
        float rs = (float) (1.0 / Math.sqrt(sumLanes(sq) / c + eps));
        mean[row] = mu;
        rstd[row] = rs;
        for (int i = 0; i < c; i += L) {
            load(x, off + i).sub(mu).mul(rs).fma(load(g, i), load(b, i)).intoArray(y, off + i);
        }
    }

    @Override
    public void layerNormBackward(float[] x, float[] dy, float[] dx, int off, int c, float[] g, float mean, float rstd) {
        if (c % L != 0) {
            SCALAR.layerNormBackward(x, dy, dx, off, c, g, mean, rstd);
            return;
        }
        FloatVector sd = FloatVector.zero(S), sdx = FloatVector.zero(S);
        for (int i = 0; i < c; i += L) {
            FloatVector d = load(dy, off + i).mul(load(g, i));
            sd = sd.add(d);
            sdx = d.fma(load(x, off + i).sub(mean).mul(rstd), sdx);
        }
        float meanD = sumLanes(sd) / c, meanDX = sumLanes(sdx) / c;
        for (int i = 0; i < c; i += L) {
            FloatVector xhat = load(x, off + i).sub(mean).mul(rstd);
            FloatVector d = load(dy, off + i).mul(load(g, i)).sub(meanD).sub(xhat.mul(meanDX));
            d.fma(bc(rstd), load(dx, off + i)).intoArray(dx, off + i);
        }
    }

    @Override
    public void layerNormParamGrads(float[] x, float[] dy, int off, int c, float mean, float rstd, float[] dg, float[] db, int gOff) {
        if (c % L != 0) {
            SCALAR.layerNormParamGrads(x, dy, off, c, mean, rstd, dg, db, gOff);
            return;
        }
        for (int i = 0; i < c; i += L) {
            FloatVector d = load(dy, off + i);
            d.fma(load(x, off + i).sub(mean).mul(rstd), load(dg, gOff + i)).intoArray(dg, gOff + i);
            d.add(load(db, gOff + i)).intoArray(db, gOff + i);
        }
    }

    @Override
    public void gelu(float[] x, float[] y, int off, int len) {
        int i = off, end = off + len;
        for (; i + L <= end; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            FloatVector t = tanh(v.mul(v).mul(0.044715f * GELU_C).add(GELU_C).mul(v));
            v.mul(0.5f).mul(t.add(1f)).intoArray(y, i);
        }
        if (i < end) SCALAR.gelu(x, y, i, end - i);
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
        if (i < end) SCALAR.geluBackward(x, dy, dx, i, end - i);
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
        if (i < end) SCALAR.adamw(p, g, m, v, i, end - i, lr, beta1, beta2, eps, weightDecay, correction1, correction2);
    }

    @Override
    public String blockShape() {
        return VectorShape.describe();
    }

    @Override
    public double peakGflops() {
        // Many short calls, so that the JIT compiles the loop soon; the best of 20 rounds counts.
        double best = 0;
        int steps = 1000, calls = 200;
        float sink = 0;
        for (int round = 0; round < 20; round++) {
            long t0 = System.nanoTime();
            for (int c = 0; c < calls; c++) sink += fmaLoop(steps);
            best = Math.max(best, 12.0 * 2 * L * steps * calls / ((System.nanoTime() - t0) / 1e9) / 1e9);
        }
        if (sink == 42f) System.out.print(""); // keeps the loops' results alive
        return best;
    }

    /**
     * Runs 12 independent chains of multiply-adds, enough to cover the latency of two FMA units.
     * Each chain adds to itself, s = x·y + s, as the matrix kernel's accumulators do: written
     * s = s·x + y instead, the JIT copies y before every multiply-add (the instruction overwrites its
     * addend), and the copies cost up to 40% of the figure on JDK 17 (103-173 GFLOP/s against
     * 166-177 on an AVX-512 Xeon).
     */
    private static float fmaLoop(int steps) {
        FloatVector x = bc(0.999999f), y = bc(1e-7f);
        FloatVector s0 = bc(0), s1 = bc(1), s2 = bc(2), s3 = bc(3), s4 = bc(4), s5 = bc(5);
        FloatVector s6 = bc(6), s7 = bc(7), s8 = bc(8), s9 = bc(9), s10 = bc(10), s11 = bc(11);
        for (int i = 0; i < steps; i++) {
            s0 = x.fma(y, s0); s1 = x.fma(y, s1); s2 = x.fma(y, s2); s3 = x.fma(y, s3);
            s4 = x.fma(y, s4); s5 = x.fma(y, s5); s6 = x.fma(y, s6); s7 = x.fma(y, s7);
            s8 = x.fma(y, s8); s9 = x.fma(y, s9); s10 = x.fma(y, s10); s11 = x.fma(y, s11);
        }
        return s0.add(s1).add(s2).add(s3).add(s4).add(s5).add(s6).add(s7).add(s8).add(s9).add(s10).add(s11).lane(0);
    }

    @Override
    public String name() {
        return "Vector API, " + L + " floats per register, " + VectorShape.MR + "×" + VectorShape.NV + " register block";
    }
}
