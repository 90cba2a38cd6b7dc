package jielong.gpu;

import jielong.engine.Backend;
import jielong.engine.Tensor;

/**
 * Every op of the engine on an NVIDIA GPU, forward and backward side by side as in CpuBackend.
 * Tensors move to the GPU on first use and stay there; results are made there and reach the
 * host only when {@link Tensor#host()} asks. The kernels are CUDA C (resources kernels/*.cu)
 * compiled at start-up by NVRTC; matrix products go to cuBLAS where it is installed.
 */
public final class CudaBackend implements Backend {
    private static final float LN_EPS = 1e-5f;

    private final CudaDevice gpu;
    private final Driver cu;
    private final Kernels k;
    private final Gemm gemm;
    private final DeviceMemory memory;
    private final Workspace ws;
    private final IdsOnDevice ids;
    private final double[] oneDouble = new double[1];

    private CudaBackend(CudaDevice gpu) {
        this.gpu = gpu;
        this.cu = gpu.driver;
        this.k = gpu.kernels;
        this.gemm = gpu.gemm;
        this.memory = gpu.memory;
        this.ws = new Workspace(memory);
        this.ids = new IdsOnDevice(cu, memory);
    }

    /**
     * Opens the first GPU: loads the driver, NVRTC and (if present) cuBLAS, compiles the kernels.
     * Throws a CudaException that says what is missing and how to get it.
     */
    public static CudaBackend open() {
        return new CudaBackend(CudaDevice.open());
    }

    /** Device name, memory and library versions, for the start-up line. */
    public String describe() {
        return gpu.describe();
    }

    /** Device memory in use and pooled, for logs. */
    public String memorySummary() {
        return memory.summary();
    }

    /** Waits for every queued kernel (for timing; host() and item() wait by themselves). */
    public void synchronize() {
        gpu.makeCurrent();
        cu.synchronize();
    }

    @Override
    public String name() {
        return "CUDA, " + gpu.name + ", " + gemm.name();
    }

    @Override
    public boolean resultsOnHost() {
        return false;
    }

    // ---- where tensors live ---------------------------------------------------------------------

    /** The tensor's slot on the GPU, copying its host values there on first use. */
    private DeviceTensor slot(Tensor t) {
        gpu.makeCurrent(); // every op passes here first: CUDA contexts are current per thread
        if (t.device() instanceof DeviceTensor d) return d;
        DeviceTensor d = attach(t);
        if (t.data != null) cu.upload(d.data, t.data, 0, t.size());
        return d;
    }

    private DeviceTensor attach(Tensor t) {
        DeviceTensor d = new DeviceTensor(cu, t.size(), memory.alloc(4L * t.size()));
        t.attach(d);
        memory.track(t, d);
        return d;
    }

    /** Device address of t's values. */
    private long in(Tensor t) {
        return slot(t).data;
    }

    /** Device address for a result that the op overwrites completely (no upload). */
    private long out(Tensor t) {
        gpu.makeCurrent();
        if (t.device() instanceof DeviceTensor d) return d.data;
        return attach(t).data;
    }

    /** Device address of t's gradient: the host's if backward seeded one there, else zeros. */
    private long grad(Tensor t) {
        DeviceTensor d = slot(t);
        if (d.grad == 0) {
            // Ask before allocating: once d.grad is set, hasGrad() would answer for the device.
            boolean seededOnHost = t.hasGrad();
            long g = memory.alloc(4 * d.n);
            if (seededOnHost) cu.upload(g, t.grad(), 0, t.size());
            else cu.fill(g, 0, d.n);
            d.grad = g;
        }
        return d.grad;
    }

    // ---- linear: y = x·w + b --------------------------------------------------------------------

    @Override
    public void linear(Tensor x, Tensor w, Tensor b, Tensor y) {
        int m = x.rows(), kk = x.cols(), n = w.cols();
        long yd = out(y);
        gemm.gemm(false, false, m, n, kk, 1f, in(x), kk, in(w), n, 0f, yd, n);
        if (b != null) k.elementwise("add_bias", (long) m * n, yd, in(b), (long) m, n);
    }

    @Override
    public void linearBackward(Tensor x, Tensor w, Tensor b, Tensor y) {
        int m = x.rows(), kk = x.cols(), n = w.cols();
        long dy = grad(y);
        if (x.requiresGrad) gemm.gemm(false, true, m, kk, n, 1f, dy, n, in(w), n, 1f, grad(x), kk);  // dx += dy·wᵀ
        if (w.requiresGrad) gemm.gemm(true, false, kk, n, m, 1f, in(x), kk, dy, n, 1f, grad(w), n);  // dw += xᵀ·dy
        if (b != null && b.requiresGrad) columnSums(dy, grad(b), m, n);
    }

    private void columnSums(long dy, long db, int m, int n) {
        k.launch("column_sums", (n + 31) / 32, (m + 255) / 256, 1, 32, 8, 0, dy, db, m, n);
    }

    // ---- unembed: logits = x·wteᵀ ---------------------------------------------------------------

    @Override
    public void unembed(Tensor x, Tensor wte, Tensor y) {
        int m = x.rows(), c = x.cols(), v = wte.rows();
        gemm.gemm(false, true, m, v, c, 1f, in(x), c, in(wte), c, 0f, out(y), v);
    }

    @Override
    public void unembedBackward(Tensor x, Tensor wte, Tensor y) {
        int m = x.rows(), c = x.cols(), v = wte.rows();
        long dy = grad(y);
        if (x.requiresGrad) gemm.gemm(false, false, m, c, v, 1f, dy, v, in(wte), c, 1f, grad(x), c);    // dx += dy·wte
        if (wte.requiresGrad) gemm.gemm(true, false, v, c, m, 1f, dy, v, in(x), c, 1f, grad(wte), c); // dwte += dyᵀ·x
    }

    // ---- embeddings -----------------------------------------------------------------------------

    @Override
    public void embed(Tensor wte, Tensor wpe, int[] idx, int t, Tensor y) {
        int c = wte.cols(), vocab = wte.rows();
        for (int r = 0; r < idx.length; r++) {
            if (idx[r] < 0 || idx[r] >= vocab) {
                throw new IllegalArgumentException("token id " + idx[r] + " at position " + r
                        + " is outside the vocabulary [0, " + vocab + "): was the text encoded with this model's tokenizer?");
            }
        }
        k.elementwise("embed_fwd", (long) idx.length * c, ids.of(idx), in(wte), in(wpe), out(y), (long) idx.length, t, c);
    }

    @Override
    public void embedBackward(Tensor wte, Tensor wpe, int[] idx, int t, Tensor y) {
        int c = wte.cols();
        long dwte = wte.requiresGrad ? grad(wte) : 0L, dwpe = wpe.requiresGrad ? grad(wpe) : 0L;
        k.elementwise("embed_bwd", (long) idx.length * c, ids.of(idx), grad(y), dwte, dwpe, (long) idx.length, t, c);
    }

    // ---- layer norm -----------------------------------------------------------------------------

    @Override
    public void layerNorm(Tensor x, Tensor g, Tensor b, Tensor y, Tensor mean, Tensor rstd) {
        int m = x.rows(), c = x.cols();
        k.perRow("layernorm_fwd", m, in(x), in(g), in(b), out(y), out(mean), out(rstd), m, c, LN_EPS);
    }

    @Override
    public void layerNormBackward(Tensor x, Tensor g, Tensor b, Tensor y, Tensor mean, Tensor rstd) {
        int m = x.rows(), c = x.cols();
        long dy = grad(y);
        if (x.requiresGrad) k.perRow("layernorm_bwd", m, in(x), dy, in(g), in(mean), in(rstd), grad(x), m, c);
        if (g.requiresGrad || b.requiresGrad) {
            long dg = g.requiresGrad ? grad(g) : 0L, db = b.requiresGrad ? grad(b) : 0L;
            k.launch("layernorm_param_bwd", (c + 31) / 32, (m + 255) / 256, 1, 32, 8, 0,
                    in(x), dy, in(mean), in(rstd), dg, db, m, c);
        }
    }

    // ---- GELU, the residual add, dropout ------------------------------------------------------------

    @Override
    public void gelu(Tensor x, Tensor y) {
        k.elementwise("gelu_fwd", x.size(), in(x), out(y), (long) x.size());
    }

    @Override
    public void geluBackward(Tensor x, Tensor y) {
        if (!x.requiresGrad) return;
        k.elementwise("gelu_bwd", x.size(), in(x), grad(y), grad(x), (long) x.size());
    }

    @Override
    public void add(Tensor a, Tensor b, Tensor y) {
        k.elementwise("add_fwd", a.size(), in(a), in(b), out(y), (long) a.size());
    }

    @Override
    public void addBackward(Tensor a, Tensor b, Tensor y) {
        long dy = grad(y);
        if (a.requiresGrad) k.elementwise("accumulate", a.size(), grad(a), dy, (long) a.size());
        if (b.requiresGrad) k.elementwise("accumulate", b.size(), grad(b), dy, (long) b.size());
    }

    @Override
    public void dropout(Tensor x, Tensor mask, Tensor y) {
        k.elementwise("mul", x.size(), in(x), in(mask), out(y), (long) x.size(), 0);
    }

    @Override
    public void dropoutBackward(Tensor x, Tensor mask, Tensor y) {
        if (!x.requiresGrad) return;
        k.elementwise("mul", x.size(), grad(y), in(mask), grad(x), (long) x.size(), 1);
    }

    // ---- causal multi-head self-attention ---------------------------------------------------------

    // Workspace slots: per-head copies [B, H, T, d] of q, k, v, of y or dy, and of dq, dk, dv; dP.
    private static final int Q = 0, K = 1, V = 2, YH = 3, DQ = 4, DK = 5, DV = 6, DP = 7;

    /** Splits qkv [B·T, 3C] into q, k, v [B, H, T, d] in the workspace. */
    private void splitHeads(long qkv, int batch, int t, int heads, int c) {
        long n = (long) batch * t * c;
        int d = c / heads;
        for (int part = 0; part < 3; part++) {
            k.elementwise("heads_split", n, qkv, ws.get(part, n), batch, t, heads, d, 3 * c, part * c);
        }
    }

    @Override
    public void attention(Tensor qkv, int batch, int t, int heads, Tensor y, Tensor probs) {
        int c = y.cols(), d = c / heads, bh = batch * heads;
        long n = (long) batch * t * c, p = out(probs), yh = ws.get(YH, n);
        float scale = (float) (1.0 / Math.sqrt(d));
        splitHeads(in(qkv), batch, t, heads, c);
        long q = ws.get(Q, n), kk = ws.get(K, n), v = ws.get(V, n), td = (long) t * d, tt = (long) t * t;
        gemm.batched(false, true, t, t, d, scale, q, d, td, kk, d, td, 0f, p, t, tt, bh);  // S = q·kᵀ/√d
        k.perRow("causal_softmax", (long) bh * t, p, (long) bh * t, t);                    // P, in place
        gemm.batched(false, false, t, d, t, 1f, p, t, tt, v, d, td, 0f, yh, d, td, bh);     // P·v
        k.elementwise("heads_merge", n, yh, out(y), batch, t, heads, d, c, 0, 0);
    }

    @Override
    public void attentionBackward(Tensor qkv, int batch, int t, int heads, Tensor y, Tensor probs) {
        if (!qkv.requiresGrad) return;
        int c = y.cols(), d = c / heads, bh = batch * heads;
        long n = (long) batch * t * c, p = in(probs), td = (long) t * d, tt = (long) t * t;
        float scale = (float) (1.0 / Math.sqrt(d));
        splitHeads(in(qkv), batch, t, heads, c);
        long q = ws.get(Q, n), kk = ws.get(K, n), v = ws.get(V, n), dyh = ws.get(YH, n);
        long dq = ws.get(DQ, n), dk = ws.get(DK, n), dv = ws.get(DV, n), dp = ws.get(DP, (long) bh * tt);
        k.elementwise("heads_split", n, grad(y), dyh, batch, t, heads, d, c, 0);
        gemm.batched(false, true, t, t, d, 1f, dyh, d, td, v, d, td, 0f, dp, t, tt, bh);    // dP = dy·vᵀ
        k.perRow("causal_softmax_bwd", (long) bh * t, p, dp, (long) bh * t, t, scale);     // dS, in place
        gemm.batched(false, false, t, d, t, 1f, dp, t, tt, kk, d, td, 0f, dq, d, td, bh);   // dq = dS·k
        gemm.batched(true, false, t, d, t, 1f, dp, t, tt, q, d, td, 0f, dk, d, td, bh);     // dk = dSᵀ·q
        gemm.batched(true, false, t, d, t, 1f, p, t, tt, dyh, d, td, 0f, dv, d, td, bh);    // dv = Pᵀ·dy
        long dqkv = grad(qkv);
        k.elementwise("heads_merge", n, dq, dqkv, batch, t, heads, d, 3 * c, 0, 1);
        k.elementwise("heads_merge", n, dk, dqkv, batch, t, heads, d, 3 * c, c, 1);
        k.elementwise("heads_merge", n, dv, dqkv, batch, t, heads, d, 3 * c, 2 * c, 1);
    }

    @Override
    public void attentionStep(Tensor qkv, Tensor kCache, Tensor vCache, int pos, int heads, Tensor y) {
        int c = y.cols(), d = c / heads;
        float scale = (float) (1.0 / Math.sqrt(d));
        k.launch("attention_step", heads, 1, 1, 128, 1, 4 * (pos + 1),
                in(qkv), in(kCache), in(vCache), out(y), pos, c, d, scale);
    }

    // ---- cross-entropy ----------------------------------------------------------------------------

    @Override
    public float crossEntropy(Tensor logits, int[] targets, Tensor probs) {
        int m = logits.rows(), v = logits.cols();
        if (targets.length != m) {
            throw new IllegalArgumentException("cross-entropy: " + m + " rows of logits but " + targets.length + " targets");
        }
        for (int r = 0; r < m; r++) {
            if (targets[r] < 0 || targets[r] >= v) {
                throw new IllegalArgumentException("target id " + targets[r] + " at row " + r + " is outside the vocabulary [0, " + v + ")");
            }
        }
        long losses = ws.get(DP + 1, m);
        k.perRow("crossentropy_fwd", m, in(logits), ids.of(targets), out(probs), losses, m, v);
        return (float) (sum(losses, m, "sum_all") / m);
    }

    @Override
    public void crossEntropyBackward(Tensor logits, int[] targets, Tensor probs, Tensor loss) {
        if (!logits.requiresGrad) return;
        int m = logits.rows(), v = logits.cols();
        float g = loss.grad()[0] / m; // the loss's own gradient is seeded on the host by backward()
        k.elementwise("crossentropy_bwd", (long) m * v, in(probs), ids.of(targets), grad(logits), (long) m, v, g);
    }

    /** Σ x (or Σ x² with kernel sum_squares) over n floats, in double, back on the host. */
    private double sum(long x, long n, String kernel) {
        long total = ws.get(DP + 2, 2);
        cu.fill(total, 0, 2);
        k.launch(kernel, (int) Math.max(1, Math.min((n + 255) / 256, 1024)), 1, 1, 256, 1, 0, x, n, total);
        cu.download(oneDouble, total);
        return oneDouble[0];
    }

    // ---- optimiser helpers -------------------------------------------------------------------------

    @Override
    public void adamw(Tensor param, float[] m, float[] v, float lr, float beta1, float beta2, float eps,
                      float weightDecay, int step) {
        DeviceTensor d = slot(param);
        if (d.hostM != m || d.hostV != v) { // first step, or another optimiser: take its moments over
            if (d.m == 0) {
                d.m = memory.alloc(4 * d.n);
                d.v = memory.alloc(4 * d.n);
            }
            cu.upload(d.m, m, 0, m.length);
            cu.upload(d.v, v, 0, v.length);
            d.hostM = m;
            d.hostV = v;
        }
        float c1 = (float) (1 - Math.pow(beta1, step)), c2 = (float) (1 - Math.pow(beta2, step));
        k.elementwise("adamw", d.n, d.data, grad(param), d.m, d.v, d.n, lr, beta1, beta2, eps, weightDecay, c1, c2);
    }

    @Override
    public void scaleGrad(Tensor param, float factor) {
        k.elementwise("scale", param.size(), grad(param), factor, (long) param.size());
    }

    @Override
    public double gradSquaredSum(Tensor param) {
        return sum(grad(param), param.size(), "sum_squares");
    }
}
