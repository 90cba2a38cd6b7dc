package jielong.engine;

/**
 * Every op's forward and backward, side by side, on the CPU. The heavy loops go to
 * {@link Kernels} (Vector API or plain Java) and are split over rows with {@link Parallel}.
 */
public final class CpuBackend implements Backend {
    private final Kernels k;

    public CpuBackend(Kernels kernels) {
        this.k = kernels;
    }

    public CpuBackend() {
        this(Kernels.CHOSEN);
    }

    /**
     * Products with fewer rows than this (the 16 that a row split needs) are split by columns
     * instead; each value of C is the same sum whichever thread computes it.
     */
    private static final int FEW_ROWS = 16;

    // ---- linear: y = x·w + b --------------------------------------------------------------

    @Override
    public void linear(Tensor x, Tensor w, Tensor b, Tensor y) {
        int m = x.rows(), kk = x.cols(), n = w.cols();
        if (m < FEW_ROWS) { // decoding: too few rows to share, so threads take columns of the weights
            Parallel.forRange(n, 64, 256, (from, to) -> {
                k.gemm(m, to - from, kk, x.data, 0, kk, 1, w.data, from, n, 1, y.data, from, n, false);
                if (b != null) for (int r = 0; r < m; r++) k.axpy(1f, b.data, from, y.data, r * n + from, to - from);
            });
            return;
        }
        Parallel.forRange(m, 8, 16, (from, to) -> {
            k.gemm(to - from, n, kk, x.data, from * kk, kk, 1, w.data, 0, n, y.data, from * n, n, false);
            if (b != null) for (int r = from; r < to; r++) k.axpy(1f, b.data, 0, y.data, r * n, n);
        });
    }

    @Override
    public void linearBackward(Tensor x, Tensor w, Tensor b, Tensor y) {
        int m = x.rows(), kk = x.cols(), n = w.cols();
        float[] dy = y.grad();
        if (x.requiresGrad) { // dx += dy·wᵀ, wᵀ read in place: wᵀ(p, j) = w[j·n + p]
            float[] dx = x.grad();
            Parallel.forRange(m, 8, 16, (from, to) ->
                    k.gemm(to - from, kk, n, dy, from * n, n, 1, w.data, 0, 1, n, dx, from * kk, kk, true));
        }
        if (w.requiresGrad) { // dw += xᵀ·dy: row i of dw sums x[:, i] times the rows of dy
            float[] dw = w.grad();
            Parallel.forRange(kk, 8, 16, (from, to) ->
                    k.gemm(to - from, n, m, x.data, from, 1, kk, dy, 0, n, dw, from * n, n, true));
        }
        if (b != null && b.requiresGrad) { // db += column sums of dy; threads split the columns
            float[] db = b.grad();
            Parallel.forRange(n, 16, 64, (from, to) -> {
                for (int r = 0; r < m; r++) k.axpy(1f, dy, r * n + from, db, from, to - from);
            });
        }
    }

    // ---- unembed: logits = x·wteᵀ ---------------------------------------------------------

    @Override
    public void unembed(Tensor x, Tensor wte, Tensor y) {
        int m = x.rows(), c = x.cols(), v = wte.rows();
        if (m < FEW_ROWS) { // decoding: threads take rows of wte (columns of the logits)
            Parallel.forRange(v, 64, 256, (from, to) ->
                    k.gemm(m, to - from, c, x.data, 0, c, 1, wte.data, from * c, 1, c, y.data, from, v, false));
            return;
        }
        Parallel.forRange(m, 8, 16, (from, to) -> // wteᵀ read in place: wteᵀ(p, j) = wte[j·c + p]
                k.gemm(to - from, v, c, x.data, from * c, c, 1, wte.data, 0, 1, c, y.data, from * v, v, false));
    }

    @Override
    public void unembedBackward(Tensor x, Tensor wte, Tensor y) {
        int m = x.rows(), c = x.cols(), v = wte.rows();
        float[] dy = y.grad();
        if (x.requiresGrad) {
            float[] dx = x.grad();
            Parallel.forRange(m, 8, 16, (from, to) ->
                    k.gemm(to - from, c, v, dy, from * v, v, 1, wte.data, 0, c, dx, from * c, c, true));
        }
        if (wte.requiresGrad) {
            float[] dw = wte.grad();
            Parallel.forRange(v, 8, 16, (from, to) ->
                    k.gemm(to - from, c, m, dy, from, 1, v, x.data, 0, c, dw, from * c, c, true));
        }
    }

    // ---- embeddings -------------------------------------------------------------------------

    @Override
    public void embed(Tensor wte, Tensor wpe, int[] idx, int t, Tensor y) {
        int c = wte.cols(), vocab = wte.rows();
        for (int r = 0; r < idx.length; r++) { // checked first, on this thread, so the message reaches the learner as written
            int token = idx[r];
            if (token < 0 || token >= vocab) {
                throw new IllegalArgumentException("token id " + token + " at position " + r
                        + " is outside the vocabulary [0, " + vocab + "): was the text encoded with this model's tokenizer?");
            }
        }
        Parallel.forRange(idx.length, 8, 64, (from, to) -> {
            for (int r = from; r < to; r++) {
                System.arraycopy(wte.data, idx[r] * c, y.data, r * c, c);
                k.axpy(1f, wpe.data, (r % t) * c, y.data, r * c, c);
            }
        });
    }

    @Override
    public void embedBackward(Tensor wte, Tensor wpe, int[] idx, int t, Tensor y) {
        int c = wte.cols();
        float[] dy = y.grad(), dwte = wte.requiresGrad ? wte.grad() : null, dwpe = wpe.requiresGrad ? wpe.grad() : null;
        // A token that occurs twice adds to the same row of dwte, so rows stay in order and threads
        // take columns instead: each adds its columns of every row, in row order.
        Parallel.forRange(c, 16, 32, (from, to) -> {
            for (int r = 0; r < idx.length; r++) {
                if (dwte != null) k.axpy(1f, dy, r * c + from, dwte, idx[r] * c + from, to - from);
                if (dwpe != null) k.axpy(1f, dy, r * c + from, dwpe, (r % t) * c + from, to - from);
            }
        });
    }

    // ---- layer norm -------------------------------------------------------------------------

    private static final float LN_EPS = 1e-5f;

    @Override
    public void layerNorm(Tensor x, Tensor g, Tensor b, Tensor y, Tensor mean, Tensor rstd) {
        int c = x.cols();
        Parallel.forRange(x.rows(), 1, 64, (from, to) -> {
            for (int r = from; r < to; r++) k.layerNorm(x.data, y.data, r * c, c, g.data, b.data, LN_EPS, mean.data, rstd.data, r);
        });
    }

    @Override
    public void layerNormBackward(Tensor x, Tensor g, Tensor b, Tensor y, Tensor mean, Tensor rstd) {
        int c = x.cols(), m = x.rows();
        float[] dy = y.grad();
        if (x.requiresGrad) {
            float[] dx = x.grad();
            Parallel.forRange(m, 1, 64, (from, to) -> {
                for (int r = from; r < to; r++) k.layerNormBackward(x.data, dy, dx, r * c, c, g.data, mean.data[r], rstd.data[r]);
            });
        }
        if (g.requiresGrad || b.requiresGrad) { // summed over rows in row order: the same bits on any thread count
            float[] dg = g.grad(), db = b.grad();
            // Threads take columns, each summing its columns over every row in order. A row is cut
            // only at multiples of 64 columns, and only where c is one, so that the vector kernel
            // runs on every piece exactly when it ran on the whole row (its tail is plain Java,
            // whose rounding differs).
            int grain = c % 64 == 0 ? 64 : c;
            Parallel.forRange(c, grain, 2 * grain, (from, to) -> {
                for (int r = 0; r < m; r++) k.layerNormParamGrads(x.data, dy, r * c + from, to - from, mean.data[r], rstd.data[r], dg, db, from);
            });
        }
    }

    // ---- GELU and the residual add ------------------------------------------------------------

    @Override
    public void gelu(Tensor x, Tensor y) {
        Parallel.forRange(x.size(), 1024, 8192, (from, to) -> k.gelu(x.data, y.data, from, to - from));
    }

    @Override
    public void geluBackward(Tensor x, Tensor y) {
        if (!x.requiresGrad) return;
        float[] dx = x.grad(), dy = y.grad();
        Parallel.forRange(x.size(), 1024, 8192, (from, to) -> k.geluBackward(x.data, dy, dx, from, to - from));
    }

    @Override
    public void add(Tensor a, Tensor b, Tensor y) {
        Parallel.forRange(a.size(), 1024, 16384, (from, to) -> {
            System.arraycopy(a.data, from, y.data, from, to - from);
            k.axpy(1f, b.data, from, y.data, from, to - from);
        });
    }

    @Override
    public void addBackward(Tensor a, Tensor b, Tensor y) {
        // Gradients are created here, before the threads start: grad() allocates on first use.
        float[] dy = y.grad(), da = a.requiresGrad ? a.grad() : null, db = b.requiresGrad ? b.grad() : null;
        Parallel.forRange(a.size(), 1024, 16384, (from, to) -> {
            if (da != null) k.axpy(1f, dy, from, da, from, to - from);
            if (db != null) k.axpy(1f, dy, from, db, from, to - from);
        });
    }

    // ---- causal multi-head self-attention -------------------------------------------------------

    @Override
    public void attention(Tensor qkv, int batch, int t, int heads, Tensor y, Tensor probs) {
        int c = y.cols(), hs = c / heads, ld = 3 * c;
        float scale = (float) (1.0 / Math.sqrt(hs));
        Parallel.forEach(batch * heads, task -> {
            int b = task / heads, h = task % heads;
            int q = b * t * ld + h * hs, kOff = q + c, v = q + 2 * c;
            int p = task * t * t;                                           // this head's t×t block
            k.gemm(t, t, hs, qkv.data, q, ld, 1, qkv.data, kOff, 1, ld, probs.data, p, t, false); // scores q·kᵀ, kᵀ read in place
            for (int i = 0; i < t; i++) {                                   // causal softmax, row by row
                int row = p + i * t;
                k.scale(probs.data, row, i + 1, scale);
                float max = k.max(probs.data, row, i + 1);
                float sum = k.expShifted(probs.data, row, i + 1, max);
                k.scale(probs.data, row, i + 1, 1f / sum);
                java.util.Arrays.fill(probs.data, row + i + 1, row + t, 0f); // the future gets weight 0
            }
            k.gemm(t, hs, t, probs.data, p, t, 1, qkv.data, v, ld, y.data, b * t * c + h * hs, c, false);
        });
    }

    @Override
    public void attentionBackward(Tensor qkv, int batch, int t, int heads, Tensor y, Tensor probs) {
        if (!qkv.requiresGrad) return;
        int c = y.cols(), hs = c / heads, ld = 3 * c;
        float scale = (float) (1.0 / Math.sqrt(hs));
        float[] dy = y.grad(), dqkv = qkv.grad();
        Parallel.forEach(batch * heads, task -> {
            int b = task / heads, h = task % heads;
            int q = b * t * ld + h * hs, kOff = q + c, v = q + 2 * c;
            int yOff = b * t * c + h * hs, p = task * t * t;
            float[] ds = scores(t * t);                                     // overwritten whole by the next line
            k.gemm(t, t, hs, dy, yOff, c, 1, qkv.data, v, 1, ld, ds, 0, t, false); // dP = dY·Vᵀ, Vᵀ read in place
            for (int i = 0; i < t; i++) {                                   // softmax backward, scaled
                int row = i * t;
                k.softmaxBackward(probs.data, p + row, ds, row, i + 1, scale);
                java.util.Arrays.fill(ds, row + i + 1, row + t, 0f);
            }
            k.gemm(t, hs, t, ds, 0, t, 1, qkv.data, kOff, ld, dqkv, q, ld, true);          // dQ = dS·K
            k.gemm(t, hs, t, ds, 0, 1, t, qkv.data, q, ld, dqkv, kOff, ld, true);          // dK = dSᵀ·Q
            k.gemm(t, hs, t, probs.data, p, 1, t, dy, yOff, c, dqkv, v, ld, true);         // dV = Pᵀ·dY
        });
    }

    @Override
    public void attentionStep(Tensor qkv, Tensor kCache, Tensor vCache, int pos, int heads, Tensor y) {
        int c = y.cols(), hs = c / heads;
        float scale = (float) (1.0 / Math.sqrt(hs));
        System.arraycopy(qkv.data, c, kCache.data, pos * c, c);
        System.arraycopy(qkv.data, 2 * c, vCache.data, pos * c, c);
        float[] w = new float[pos + 1];
        java.util.Arrays.fill(y.data, 0f);
        for (int h = 0; h < heads; h++) {
            int off = h * hs;
            for (int s = 0; s <= pos; s++) w[s] = k.dot(qkv.data, off, kCache.data, s * c + off, hs) * scale;
            float max = k.max(w, 0, pos + 1);
            float sum = k.expShifted(w, 0, pos + 1, max);
            for (int s = 0; s <= pos; s++) k.axpy(w[s] / sum, vCache.data, s * c + off, y.data, off, hs);
        }
    }

    // ---- cross-entropy ------------------------------------------------------------------------

    @Override
    public float crossEntropy(Tensor logits, int[] targets, Tensor probs) {
        int m = logits.rows(), v = logits.cols();
        if (targets.length != m) {
            throw new IllegalArgumentException("cross-entropy: " + m + " rows of logits but " + targets.length + " targets");
        }
        double[] rowLoss = new double[m];
        Parallel.forRange(m, 1, 64, (from, to) -> {
            for (int r = from; r < to; r++) {
                int o = r * v, target = targets[r];
                if (target < 0 || target >= v) {
                    throw new IllegalArgumentException("target id " + target + " at row " + r + " is outside the vocabulary [0, " + v + ")");
                }
                System.arraycopy(logits.data, o, probs.data, o, v);
                float max = k.max(probs.data, o, v);
                float sum = k.expShifted(probs.data, o, v, max);
                k.scale(probs.data, o, v, 1f / sum);
                rowLoss[r] = Math.log(sum) + max - logits.data[o + target];
            }
        });
        double total = 0;
        for (double l : rowLoss) total += l;
        return (float) (total / m);
    }

    @Override
    public void crossEntropyBackward(Tensor logits, int[] targets, Tensor probs, Tensor loss) {
        if (!logits.requiresGrad) return;
        int m = logits.rows(), v = logits.cols();
        float g = loss.grad()[0] / m;
        float[] dl = logits.grad();
        // d(loss)/d(logit) = softmax − one-hot(target), averaged over rows.
        Parallel.forRange(m, 1, 64, (from, to) -> {
            for (int r = from; r < to; r++) {
                k.axpy(g, probs.data, r * v, dl, r * v, v);
                dl[r * v + targets[r]] -= g;
            }
        });
    }

    // ---- log-softmax: the general op that is hot (rows of a vocabulary) -----------------------

    @Override
    public void logSoftmax(Tensor x, Tensor y) {
        int v = x.cols();
        Parallel.forRange(x.rows(), 1, 64, (from, to) -> {
            for (int r = from; r < to; r++) {
                int o = r * v;
                System.arraycopy(x.data, o, y.data, o, v);
                float max = k.max(y.data, o, v);
                float logZ = max + (float) StrictMath.log(k.expShifted(y.data, o, v, max)); // y holds exp(x − max) for now
                System.arraycopy(x.data, o, y.data, o, v);
                for (int j = o; j < o + v; j++) y.data[j] -= logZ;
            }
        });
    }

    @Override
    public void logSoftmaxBackward(Tensor x, Tensor y) {
        if (!x.requiresGrad) return;
        int v = x.cols();
        float[] dy = y.grad(), dx = x.grad();
        Parallel.forRange(x.rows(), 1, 64, (from, to) -> {
            float[] p = new float[v];
            for (int r = from; r < to; r++) { // dx = dy − softmax·Σ dy, softmax = exp(y)
                int o = r * v;
                float total = 0;
                for (int j = o; j < o + v; j++) total += dy[j];
                System.arraycopy(y.data, o, p, 0, v);
                k.expShifted(p, 0, v, 0f);
                k.axpy(1f, dy, o, dx, o, v);
                k.axpy(-total, p, 0, dx, o, v);
            }
        });
    }

    // ---- dropout --------------------------------------------------------------------------------

    @Override
    public void dropout(Tensor x, Tensor mask, Tensor y) {
        for (int i = 0; i < x.size(); i++) y.data[i] = x.data[i] * mask.data[i];
    }

    @Override
    public void dropoutBackward(Tensor x, Tensor mask, Tensor y) {
        if (!x.requiresGrad) return;
        float[] dx = x.grad(), dy = y.grad();
        for (int i = 0; i < x.size(); i++) dx[i] += dy[i] * mask.data[i];
    }

    // ---- optimiser helpers ----------------------------------------------------------------------

    @Override
    public void adamw(Tensor param, float[] m, float[] v, float lr, float beta1, float beta2, float eps,
                      float weightDecay, int step) {
        float c1 = (float) (1 - Math.pow(beta1, step)), c2 = (float) (1 - Math.pow(beta2, step));
        float[] g = param.grad();
        Parallel.forRange(param.size(), 1024, 32768, (from, to) ->
                k.adamw(param.data, g, m, v, from, to - from, lr, beta1, beta2, eps, weightDecay, c1, c2));
    }

    @Override
    public void scaleGrad(Tensor param, float factor) {
        float[] g = param.grad();
        Parallel.forRange(param.size(), 1024, 32768, (from, to) -> k.scale(g, from, to - from, factor));
    }

    @Override
    public double gradSquaredSum(Tensor param) {
        // Partial sums over fixed chunks, added in chunk order: the same bits on any thread count.
        float[] g = param.grad();
        int chunk = 8192, chunks = (g.length + chunk - 1) / chunk;
        double[] partial = new double[chunks];
        Parallel.forRange(chunks, 1, 4, (from, to) -> {
            for (int c = from; c < to; c++) {
                double s = 0;
                for (int i = c * chunk, end = Math.min(g.length, i + chunk); i < end; i++) s += (double) g[i] * g[i];
                partial[c] = s;
            }
        });
        double s = 0;
        for (double p : partial) s += p;
        return s;
    }

    @Override
    public String name() {
        return "CPU, " + k.name() + ", " + Parallel.threads() + " thread(s)";
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static final ThreadLocal<float[][]> SCORES = ThreadLocal.withInitial(() -> new float[1][0]);

    /** A thread's t×t working space for attention scores, reused from head to head and step to step. */
    private static float[] scores(int size) {
        float[][] holder = SCORES.get();
        if (holder[0].length < size) holder[0] = new float[size];
        return holder[0];
    }
}
