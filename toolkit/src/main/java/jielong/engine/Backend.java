package jielong.engine;

/**
 * Where the arithmetic of every op happens: a forward method that fills a result and a backward
 * method that adds to the inputs' gradients. {@link Ops} builds the autodiff graph on top and the
 * model is written against {@link Ops}, so another device (a GPU) only has to implement this.
 *
 * <p>Shapes below: M rows (batch × time), C model width, V vocabulary, T context, H heads.
 * Backward methods add into {@code grad()} of inputs that take a gradient and leave others alone.
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
