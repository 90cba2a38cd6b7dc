package jielong.engine;

/** Plain-Java kernels: correct everywhere, several times slower than {@link VectorKernels}. */
final class ScalarKernels implements Kernels {
    static final float GELU_C = 0.7978845608028654f; // sqrt(2/pi)

    @Override
    public void gemm(int m, int n, int k, float[] a, int aOff, int aRow, int aCol,
                     float[] b, int bOff, int bRow, int bCol, float[] c, int cOff, int ldc, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            if (!accumulate) java.util.Arrays.fill(c, ci, ci + n, 0f);
            for (int p = 0; p < k; p++) {
                float aip = a[aOff + i * aRow + p * aCol];
                int bp = bOff + p * bRow;
                for (int j = 0; j < n; j++) c[ci + j] = Math.fma(aip, b[bp + j * bCol], c[ci + j]);
            }
        }
    }

    @Override
    public float dot(float[] x, int xOff, float[] y, int yOff, int len) {
        float s = 0;
        for (int i = 0; i < len; i++) s = Math.fma(x[xOff + i], y[yOff + i], s);
        return s;
    }

    @Override
    public void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int len) {
        for (int i = 0; i < len; i++) y[yOff + i] = Math.fma(alpha, x[xOff + i], y[yOff + i]);
    }

    @Override
    public float max(float[] x, int off, int len) {
        float m = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < len; i++) m = Math.max(m, x[off + i]);
        return m;
    }

    @Override
    public float expShifted(float[] x, int off, int len, float shift) {
        float sum = 0;
        for (int i = off; i < off + len; i++) {
            x[i] = FastMath.exp(x[i] - shift);
            sum += x[i];
        }
        return sum;
    }

    @Override
    public void softmaxBackward(float[] p, int pOff, float[] d, int dOff, int len, float scale) {
        float dot = dot(p, pOff, d, dOff, len);
        for (int i = 0; i < len; i++) d[dOff + i] = p[pOff + i] * (d[dOff + i] - dot) * scale;
    }

    @Override
    public void scale(float[] x, int off, int len, float factor) {
        for (int i = off; i < off + len; i++) x[i] *= factor;
    }

    @Override
    public void layerNorm(float[] x, float[] y, int off, int c, float[] g, float[] b, float eps,
                          float[] mean, float[] rstd, int row) {
        float mu = 0;
        for (int i = 0; i < c; i++) mu += x[off + i];
        mu /= c;
        float var = 0;
        for (int i = 0; i < c; i++) {
            float d = x[off + i] - mu;
            var += d * d;
        }
        float rs = (float) (1.0 / Math.sqrt(var / c + eps));
        mean[row] = mu;
        rstd[row] = rs;
        for (int i = 0; i < c; i++) y[off + i] = (x[off + i] - mu) * rs * g[i] + b[i];
    }

    @Override
    public void layerNormBackward(float[] x, float[] dy, float[] dx, int off, int c, float[] g, float mean, float rstd) {
        // dx = rstd·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) with dx̂ = dy·g: the normalisation's Jacobian.
        float sumD = 0, sumDX = 0;
        for (int i = 0; i < c; i++) {
            float d = dy[off + i] * g[i];
            sumD += d;
            sumDX += d * (x[off + i] - mean) * rstd;
        }
        sumD /= c;
        sumDX /= c;
        for (int i = 0; i < c; i++) {
            float xhat = (x[off + i] - mean) * rstd;
            dx[off + i] += rstd * (dy[off + i] * g[i] - sumD - xhat * sumDX);
        }
    }

    @Override
    public void layerNormParamGrads(float[] x, float[] dy, int off, int c, float mean, float rstd, float[] dg, float[] db, int gOff) {
        for (int i = 0; i < c; i++) {
            dg[gOff + i] += dy[off + i] * (x[off + i] - mean) * rstd;
            db[gOff + i] += dy[off + i];
        }
    }

    @Override
    public void gelu(float[] x, float[] y, int off, int len) {
        for (int i = off; i < off + len; i++) {
            float v = x[i];
            float t = FastMath.tanh(GELU_C * (v + 0.044715f * v * v * v));
            y[i] = 0.5f * v * (1 + t);
        }
    }

    @Override
    public void geluBackward(float[] x, float[] dy, float[] dx, int off, int len) {
        for (int i = off; i < off + len; i++) {
            float v = x[i];
            float t = FastMath.tanh(GELU_C * (v + 0.044715f * v * v * v));
            float dt = (1 - t * t) * GELU_C * (1 + 3 * 0.044715f * v * v);
            dx[i] += dy[i] * (0.5f * (1 + t) + 0.5f * v * dt);
        }
    }

    @Override
    public void adamw(float[] p, float[] g, float[] m, float[] v, int off, int len, float lr,
                      float beta1, float beta2, float eps, float weightDecay,
                      float correction1, float correction2) {
        for (int i = off; i < off + len; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            float mHat = m[i] / correction1;
            float vHat = v[i] / correction2;
            p[i] -= lr * (mHat / ((float) Math.sqrt(vHat) + eps) + weightDecay * p[i]);
        }
    }

    @Override
    public String name() {
        return "plain Java";
    }
}
