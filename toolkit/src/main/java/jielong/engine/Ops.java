package jielong.engine;

import java.util.Arrays;
import java.util.Random;

/**
 * The differentiable ops a GPT is made of. Each one checks shapes, asks the {@link Backend} for
 * the forward result, and records the matching backward step on the result, which is all that
 * reverse-mode autodiff needs.
 */
public final class Ops {
    private static volatile Backend backend = new CpuBackend();

    private Ops() {}

    /** The backend every op runs on (the CPU unless another was chosen). */
    public static Backend backend() {
        return backend;
    }

    /** Runs all later ops on another backend. */
    public static void use(Backend b) {
        backend = b;
    }

    /** x[M,K]·w[K,N] + b[N]; b may be null. */
    public static Tensor linear(Tensor x, Tensor w, Tensor b) {
        requireMatrix("linear", "w", w);
        if (x.cols() != w.rows()) {
            throw shapeError("linear", "x has " + x.cols() + " columns but w has " + w.rows() + " rows", x, w);
        }
        if (b != null && b.size() != w.cols()) {
            throw shapeError("linear", "bias has " + b.size() + " values but w has " + w.cols() + " columns", w, b);
        }
        Tensor y = Tensor.result("linear", new int[] {x.rows(), w.cols()}, x, w, b);
        backend.linear(x, w, b, y);
        y.onBackward(() -> backend.linearBackward(x, w, b, y));
        return y;
    }

    /** Logits x[M,C]·wteᵀ from the token embedding wte[V,C] (the tied output head). */
    public static Tensor unembed(Tensor x, Tensor wte) {
        if (x.cols() != wte.cols()) throw shapeError("unembed", "x and wte need the same width", x, wte);
        Tensor y = Tensor.result("unembed", new int[] {x.rows(), wte.rows()}, x, wte);
        backend.unembed(x, wte, y);
        y.onBackward(() -> backend.unembedBackward(x, wte, y));
        return y;
    }

    /** Token embedding plus position embedding for a batch of sequences of length t. */
    public static Tensor embed(Tensor wte, Tensor wpe, int[] idx, int t) {
        if (idx.length % t != 0) throw new IllegalArgumentException("embed: " + idx.length + " token ids do not split into sequences of " + t);
        if (t > wpe.rows()) {
            throw new IllegalArgumentException("embed: sequence length " + t + " is longer than the model's context of " + wpe.rows() + " positions");
        }
        int[] ids = idx.clone(); // the caller may reuse its array before backward runs
        Tensor y = Tensor.result("embed", new int[] {idx.length, wte.cols()}, wte, wpe);
        backend.embed(wte, wpe, ids, t, y);
        y.onBackward(() -> backend.embedBackward(wte, wpe, ids, t, y));
        return y;
    }

    /** Layer normalisation of each row, with gain g and bias b. */
    public static Tensor layerNorm(Tensor x, Tensor g, Tensor b) {
        if (g.size() != x.cols() || b.size() != x.cols()) throw shapeError("layerNorm", "gain and bias need one value per column of x", x, g);
        Tensor y = Tensor.result("layerNorm", x.shape, x, g, b);
        Tensor mean = Tensor.scratch(x.rows()), rstd = Tensor.scratch(x.rows());
        backend.layerNorm(x, g, b, y, mean, rstd);
        y.onBackward(() -> backend.layerNormBackward(x, g, b, y, mean, rstd));
        return y;
    }

    /** GELU, elementwise. */
    public static Tensor gelu(Tensor x) {
        Tensor y = Tensor.result("gelu", x.shape, x);
        backend.gelu(x, y);
        y.onBackward(() -> backend.geluBackward(x, y));
        return y;
    }

    /** a + b, elementwise, same shapes. */
    public static Tensor add(Tensor a, Tensor b) {
        if (!Arrays.equals(a.shape, b.shape)) throw shapeError("add", "shapes differ", a, b);
        Tensor y = Tensor.result("add", a.shape, a, b);
        backend.add(a, b, y);
        y.onBackward(() -> backend.addBackward(a, b, y));
        return y;
    }

    /** The attention weights of the last {@link #attention} call are kept here for plots. */
    public record Attended(Tensor y, Tensor probs) {}

    /**
     * Causal self-attention over qkv[B·T, 3C] with the given number of heads; returns the mixed
     * values y[B·T, C] and the weights [B, H, T, T].
     */
    public static Attended attention(Tensor qkv, int batch, int t, int heads) {
        if (qkv.cols() % 3 != 0 || (qkv.cols() / 3) % heads != 0) {
            throw shapeError("attention", "qkv needs 3·C columns with C divisible by " + heads + " heads", qkv);
        }
        if (qkv.rows() != batch * t) throw shapeError("attention", "qkv has " + qkv.rows() + " rows, expected batch·t = " + batch * t, qkv);
        int c = qkv.cols() / 3;
        Tensor y = Tensor.result("attention", new int[] {batch * t, c}, qkv);
        Tensor probs = Tensor.scratch(batch, heads, t, t);
        backend.attention(qkv, batch, t, heads, y, probs);
        y.onBackward(() -> backend.attentionBackward(qkv, batch, t, heads, y, probs));
        return new Attended(y, probs);
    }

    /**
     * Attention for one new position during decoding: stores the key and value of qkv[1, 3C] at row
     * pos of the caches [T, C] and returns y[1, C], every head's mix of rows 0..pos. Inference only:
     * it records no backward step, so call it inside {@link Tensor#noGrad()}.
     */
    public static Tensor attentionStep(Tensor qkv, Tensor kCache, Tensor vCache, int pos, int heads) {
        if (qkv.rows() != 1 || qkv.cols() != 3 * kCache.cols()) throw shapeError("attentionStep", "qkv must be one row of 3·C", qkv, kCache);
        if (pos < 0 || pos >= kCache.rows()) throw new IllegalArgumentException("attentionStep: position " + pos + " is outside the cache of " + kCache.rows());
        if (qkv.requiresGrad) throw new IllegalStateException("attentionStep has no backward step: run decoding inside Tensor.noGrad()");
        Tensor y = Tensor.result("attentionStep", new int[] {1, kCache.cols()}, qkv);
        backend.attentionStep(qkv, kCache, vCache, pos, heads, y);
        return y;
    }

    /**
     * x with columns [from, from + v.cols()) replaced by v (same rows): how a trace zeroes or patches
     * one attention head. Computed on the host (x.host()), for interpretability, not for training
     * speed; the gradient passes to x outside those columns and to v inside them.
     */
    public static Tensor setColumns(Tensor x, int from, Tensor v) {
        int rows = x.rows(), c = x.cols(), w = v.cols();
        if (v.rows() != rows || from < 0 || from + w > c) throw shapeError("setColumns", "v must have x's rows and fit inside x from column " + from, x, v);
        float[] xd = x.host().data, vd = v.host().data, yd = xd.clone();
        for (int r = 0; r < rows; r++) System.arraycopy(vd, r * w, yd, r * c + from, w);
        Tensor y = Tensor.result("setColumns", x.shape, yd, x, v);
        y.onBackward(() -> {
            float[] dy = y.grad();
            float[] dx = x.requiresGrad ? x.grad() : null, dv = v.requiresGrad ? v.grad() : null;
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < c; j++) {
                    boolean inside = j >= from && j < from + w;
                    if (!inside && dx != null) dx[r * c + j] += dy[r * c + j];
                    if (inside && dv != null) dv[r * w + j - from] += dy[r * c + j];
                }
            }
        });
        return y;
    }

    /** Mean cross-entropy (nats per token) of logits[M,V] against target ids. */
    public static Tensor crossEntropy(Tensor logits, int[] targets) {
        int[] ids = targets.clone();
        Tensor probs = Tensor.scratch(logits.shape);
        float value = backend.crossEntropy(logits, ids, probs);
        Tensor loss = Tensor.result("crossEntropy", new int[] {1}, new float[] {value}, logits);
        loss.onBackward(() -> backend.crossEntropyBackward(logits, ids, probs, loss));
        return loss;
    }

    /** Zeroes each value with probability p and scales the rest by 1/(1−p); identity when p = 0. */
    public static Tensor dropout(Tensor x, float p, Random rng) {
        if (p <= 0f) return x;
        if (p >= 1f) throw new IllegalArgumentException("dropout probability must be below 1, got " + p);
        float keep = 1f / (1f - p);
        Tensor mask = Tensor.zeros(x.shape);
        for (int i = 0; i < mask.size(); i++) mask.data[i] = rng.nextFloat() < p ? 0f : keep;
        Tensor y = Tensor.result("dropout", x.shape, x);
        backend.dropout(x, mask, y);
        y.onBackward(() -> backend.dropoutBackward(x, mask, y));
        return y;
    }

    private static void requireMatrix(String op, String name, Tensor t) {
        if (t.shape.length != 2) throw new IllegalArgumentException(op + ": " + name + " must be a matrix, got shape " + Arrays.toString(t.shape));
    }

    private static IllegalArgumentException shapeError(String op, String what, Tensor... ts) {
        StringBuilder sb = new StringBuilder(op + ": " + what + " (shapes:");
        for (Tensor t : ts) sb.append(' ').append(Arrays.toString(t.shape));
        return new IllegalArgumentException(sb.append(')').toString());
    }
}
