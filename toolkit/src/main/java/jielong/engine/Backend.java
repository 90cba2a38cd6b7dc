package jielong.engine;

/**
 * Where the arithmetic of every op happens: a forward method that fills a result and a backward
 * method that adds to the inputs' gradients. {@link Ops} builds the autodiff graph on top and the
 * model is written against {@link Ops}, so another device (a GPU) only has to implement this.
 *
 * <p>Shapes below: M rows (batch × time), C model width, V vocabulary, T context, H heads.
 * Backward methods add into {@code grad()} of inputs that take a gradient and leave others alone.
 *
 * <p>The general ops below the GPT's own (elementwise functions, sums, log-softmax, gather,
 * concatenation, slicing) have default implementations on host arrays ({@link HostOps}), so a
 * new backend inherits all of them and overrides only those that are hot for it.
 */
public interface Backend {
    /** y[M,N] = x[M,K]·w[K,N] + b[N] (b may be null). */
    void linear(Tensor x, Tensor w, Tensor b, Tensor y);

    void linearBackward(Tensor x, Tensor w, Tensor b, Tensor y);

    /** y[M,V] = x[M,C]·wteᵀ: the output head, sharing the token embedding wte[V,C]. */
    void unembed(Tensor x, Tensor wte, Tensor y);

    void unembedBackward(Tensor x, Tensor wte, Tensor y);

    /** y[b·T+t] = wte[idx[b·T+t]] + wpe[t]: token plus position embedding. */
    void embed(Tensor wte, Tensor wpe, int[] idx, int t, Tensor y);

    void embedBackward(Tensor wte, Tensor wpe, int[] idx, int t, Tensor y);

    /** y = (x − mean)/sqrt(var + 1e-5)·g + b along each row; saves mean and 1/std per row. */
    void layerNorm(Tensor x, Tensor g, Tensor b, Tensor y, Tensor mean, Tensor rstd);

    void layerNormBackward(Tensor x, Tensor g, Tensor b, Tensor y, Tensor mean, Tensor rstd);

    /** y = GELU(x), elementwise. */
    void gelu(Tensor x, Tensor y);

    void geluBackward(Tensor x, Tensor y);

    /** y = a + b, elementwise (the residual connection). */
    void add(Tensor a, Tensor b, Tensor y);

    void addBackward(Tensor a, Tensor b, Tensor y);

    /**
     * Causal multi-head self-attention: qkv[M, 3C] holds each position's query, key and value
     * side by side; y[M, C] gets every head's softmax(q·kᵀ/√d)·v, heads side by side.
     * probs[B, H, T, T] keeps the attention weights for backward and for plots.
     */
    void attention(Tensor qkv, int batch, int t, int heads, Tensor y, Tensor probs);

    void attentionBackward(Tensor qkv, int batch, int t, int heads, Tensor y, Tensor probs);

    /**
     * Attention for one new position with a KV cache (generation): stores the position's key and
     * value from qkv[1, 3C] at row pos of kCache and vCache [T, C], then attends over rows 0..pos.
     */
    void attentionStep(Tensor qkv, Tensor kCache, Tensor vCache, int pos, int heads, Tensor y);

    /** Mean cross-entropy of logits[M,V] against targets, in nats; saves the softmax in probs. */
    float crossEntropy(Tensor logits, int[] targets, Tensor probs);

    void crossEntropyBackward(Tensor logits, int[] targets, Tensor probs, Tensor loss);

    /** y = x·mask, where mask holds 0 or 1/(1−p) per element. */
    void dropout(Tensor x, Tensor mask, Tensor y);

    void dropoutBackward(Tensor x, Tensor mask, Tensor y);

    // ---- general ops: host defaults (HostOps), overridden where a backend has faster code ----

    /** y = f(x), elementwise. */
    default void unary(Unary f, Tensor x, Tensor y) {
        HostOps.unary(f, x, y);
    }

    default void unaryBackward(Unary f, Tensor x, Tensor y) {
        HostOps.unaryBackward(f, x, y);
    }

    /** y = f(a, b), elementwise; an operand smaller than y (a row [N] or one value) repeats along it. */
    default void binary(Binary f, Tensor a, Tensor b, Tensor y) {
        HostOps.binary(f, a, b, y);
    }

    default void binaryBackward(Binary f, Tensor a, Tensor b, Tensor y) {
        HostOps.binaryBackward(f, a, b, y);
    }

    /** y = scale·Σ of x over one axis (that axis removed from the shape); scale 1/n gives the mean. */
    default void sum(Tensor x, int axis, float scale, Tensor y) {
        HostOps.sum(x, axis, scale, y);
    }

    default void sumBackward(Tensor x, int axis, float scale, Tensor y) {
        HostOps.sumBackward(x, axis, scale, y);
    }

    /** y = log softmax(x) over the last axis, in nats. */
    default void logSoftmax(Tensor x, Tensor y) {
        HostOps.logSoftmax(x, y);
    }

    default void logSoftmaxBackward(Tensor x, Tensor y) {
        HostOps.logSoftmaxBackward(x, y);
    }

    /** y[r] = x[r, ids[r]] for x[M, V]: each row's entry at its token (per-token log-probabilities). */
    default void gather(Tensor x, int[] ids, Tensor y) {
        HostOps.gather(x, ids, y);
    }

    default void gatherBackward(Tensor x, int[] ids, Tensor y) {
        HostOps.gatherBackward(x, ids, y);
    }

    /** y = the parts side by side along the last axis (all with the same rows). */
    default void concat(Tensor[] parts, Tensor y) {
        HostOps.concat(parts, y);
    }

    default void concatBackward(Tensor[] parts, Tensor y) {
        HostOps.concatBackward(parts, y);
    }

    /** y = columns [from, from + y.cols()) of x, along the last axis. */
    default void slice(Tensor x, int from, Tensor y) {
        HostOps.slice(x, from, y);
    }

    default void sliceBackward(Tensor x, int from, Tensor y) {
        HostOps.sliceBackward(x, from, y);
    }

    /** y = x, value for value (a reshape: same values, another shape). */
    default void copy(Tensor x, Tensor y) {
        HostOps.copy(x, y);
    }

    default void copyBackward(Tensor x, Tensor y) {
        HostOps.copyBackward(x, y);
    }

    /** One AdamW step of a parameter with its moment buffers m and v (same size). */
    void adamw(Tensor param, float[] m, float[] v, float lr, float beta1, float beta2, float eps,
               float weightDecay, int step);

    /** Multiplies every gradient value by factor (gradient clipping). */
    void scaleGrad(Tensor param, float factor);

    /** Σ grad², in double: the squared gradient norm's share of one parameter. */
    double gradSquaredSum(Tensor param);

    /** A name for logs and benchmarks. */
    String name();

    /**
     * Whether op results need host arrays up front (true on the CPU). A backend with its own
     * memory answers false, attaches a {@link Tensor.DeviceCopy} instead, and fills the host
     * arrays only when {@link Tensor#host()} asks, so a GPU step allocates no host memory.
     */
    default boolean resultsOnHost() {
        return true;
    }
}
