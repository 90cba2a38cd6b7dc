package jielong.engine;

import java.util.Arrays;
import java.util.Random;

/**
 * The differentiable ops models and losses are made of. Each one checks shapes, asks the
 * {@link Backend} for the forward result, and records the matching backward step on the result,
 * which is all that reverse-mode autodiff needs.
 *
 * <p>First the ops a GPT is made of (linear, embed, layerNorm, gelu, attention, crossEntropy,
 * dropout); then general ones for any model or loss: elementwise arithmetic with broadcasting,
 * exp/log/relu/tanh/sigmoid, sums and means, log-softmax, gather, concat and slice; last, losses
 * written with them alone (MSE, KL divergence, masked cross-entropy), as a learner would.
 *
 * <p>To add an elementwise op, add a constant to {@link Unary} (its function and derivative side
 * by side) and a one-line method here. Any other op: a method here, a forward and backward in
 * {@link HostOps}, and the two default methods in {@link Backend} that call them.
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
        Tensor y = Tensor.overwrittenResult("linear", new int[] {x.rows(), w.cols()}, x, w, b);
        backend.linear(x, w, b, y);
        y.onBackward(() -> backend.linearBackward(x, w, b, y));
        return y;
    }

    /** Logits x[M,C]·wteᵀ from the token embedding wte[V,C] (the tied output head). */
    public static Tensor unembed(Tensor x, Tensor wte) {
        if (x.cols() != wte.cols()) throw shapeError("unembed", "x and wte need the same width", x, wte);
        Tensor y = Tensor.overwrittenResult("unembed", new int[] {x.rows(), wte.rows()}, x, wte);
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
        Tensor y = Tensor.overwrittenResult("embed", new int[] {idx.length, wte.cols()}, wte, wpe);
        backend.embed(wte, wpe, ids, t, y);
        y.onBackward(() -> backend.embedBackward(wte, wpe, ids, t, y));
        return y;
    }

    /** Layer normalisation of each row, with gain g and bias b. */
    public static Tensor layerNorm(Tensor x, Tensor g, Tensor b) {
        if (g.size() != x.cols() || b.size() != x.cols()) throw shapeError("layerNorm", "gain and bias need one value per column of x", x, g);
        Tensor y = Tensor.overwrittenResult("layerNorm", x.shape, x, g, b);
        Tensor mean = Tensor.overwrittenScratch(x.rows()), rstd = Tensor.overwrittenScratch(x.rows());
        backend.layerNorm(x, g, b, y, mean, rstd);
        y.onBackward(() -> backend.layerNormBackward(x, g, b, y, mean, rstd));
        return y;
    }

    /** GELU, elementwise. */
    public static Tensor gelu(Tensor x) {
        Tensor y = Tensor.overwrittenResult("gelu", x.shape, x);
        backend.gelu(x, y);
        y.onBackward(() -> backend.geluBackward(x, y));
        return y;
    }

    /**
     * a + b, elementwise. Same shapes take the residual connection's kernel; otherwise one operand
     * may be a row vector [N] matching the other's last dimension, or a single value.
     */
    public static Tensor add(Tensor a, Tensor b) {
        if (!Arrays.equals(a.shape, b.shape)) return binary(Binary.ADD, a, b);
        Tensor y = Tensor.overwrittenResult("add", a.shape, a, b);
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
        Tensor y = Tensor.overwrittenResult("attention", new int[] {batch * t, c}, qkv);
        Tensor probs = Tensor.overwrittenScratch(batch, heads, t, t);
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
        Tensor probs = Tensor.overwrittenScratch(logits.shape);
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

    // ---- general ops: elementwise ------------------------------------------------------------

    /** a − b, elementwise, with broadcasting as in {@link #add}. */
    public static Tensor sub(Tensor a, Tensor b) {
        return binary(Binary.SUB, a, b);
    }

    /** a · b, elementwise, with broadcasting as in {@link #add}. */
    public static Tensor mul(Tensor a, Tensor b) {
        return binary(Binary.MUL, a, b);
    }

    /** a / b, elementwise, with broadcasting as in {@link #add}. */
    public static Tensor div(Tensor a, Tensor b) {
        return binary(Binary.DIV, a, b);
    }

    /** factor · x. */
    public static Tensor scale(Tensor x, float factor) {
        return binary(Binary.MUL, x, scalar(factor));
    }

    /** A constant single value, for broadcasting: {@code Ops.sub(scalar(1), p)}. */
    public static Tensor scalar(float value) {
        return Tensor.of(new float[] {value}, 1);
    }

    public static Tensor exp(Tensor x) {
        return unary(Unary.EXP, x);
    }

    /** Natural logarithm (NaN below zero, −∞ at zero). */
    public static Tensor log(Tensor x) {
        return unary(Unary.LOG, x);
    }

    public static Tensor relu(Tensor x) {
        return unary(Unary.RELU, x);
    }

    public static Tensor tanh(Tensor x) {
        return unary(Unary.TANH, x);
    }

    /** σ(x) = 1/(1 + e^−x). */
    public static Tensor sigmoid(Tensor x) {
        return unary(Unary.SIGMOID, x);
    }

    /** log σ(x), without overflow for large |x| (DPO's loss is −logSigmoid of a margin). */
    public static Tensor logSigmoid(Tensor x) {
        return unary(Unary.LOG_SIGMOID, x);
    }

    /** x², elementwise. */
    public static Tensor square(Tensor x) {
        return unary(Unary.SQUARE, x);
    }

    /** y = f(x) elementwise, for any {@link Unary} function. */
    public static Tensor unary(Unary f, Tensor x) {
        Tensor y = Tensor.result(f.opName(), x.shape, x);
        backend.unary(f, x, y);
        y.onBackward(() -> backend.unaryBackward(f, x, y));
        return y;
    }

    /** y = f(a, b) elementwise with broadcasting, for any {@link Binary} function. */
    public static Tensor binary(Binary f, Tensor a, Tensor b) {
        Tensor y = Tensor.result(f.opName(), broadcastShape(f.opName(), a, b), a, b);
        backend.binary(f, a, b, y);
        y.onBackward(() -> backend.binaryBackward(f, a, b, y));
        return y;
    }

    /** The larger shape, if the smaller operand is the same shape, a matching row vector, or one value. */
    private static int[] broadcastShape(String op, Tensor a, Tensor b) {
        if (Arrays.equals(a.shape, b.shape) || b.size() == 1) return a.shape;
        if (a.size() == 1) return b.shape;
        if (b.shape.length == 1 && b.size() == a.cols()) return a.shape;
        if (a.shape.length == 1 && a.size() == b.cols()) return b.shape;
        throw shapeError(op, "shapes do not broadcast: give equal shapes, a row vector [N] matching the "
                + "other's last dimension, or a single value", a, b);
    }

    // ---- general ops: sums, log-softmax, gather, concat, slice, reshape -----------------------

    /** Σ over one axis (negative counts from the end: −1 is the last); that axis leaves the shape. */
    public static Tensor sum(Tensor x, int axis) {
        return sum("sum", x, axis, 1f);
    }

    /** Mean over one axis (negative counts from the end); that axis leaves the shape. */
    public static Tensor mean(Tensor x, int axis) {
        int a = axis(x, axis, "mean");
        if (x.shape[a] == 0) throw shapeError("mean", "axis " + axis + " is empty", x);
        return sum("mean", x, a, 1f / x.shape[a]);
    }

    /** Σ of every value: a scalar [1]. */
    public static Tensor sum(Tensor x) {
        return sum(flatten(x), 0);
    }

    /** Mean of every value: a scalar [1]. */
    public static Tensor mean(Tensor x) {
        return mean(flatten(x), 0);
    }

    private static Tensor sum(String op, Tensor x, int axis, float scale) {
        int a = axis(x, axis, op);
        int[] shape = new int[Math.max(1, x.shape.length - 1)];
        shape[0] = 1; // a vector sums to a scalar [1]
        for (int d = 0, j = 0; d < x.shape.length; d++) if (d != a) shape[j++] = x.shape[d];
        Tensor y = Tensor.result(op, shape, x);
        backend.sum(x, a, scale, y);
        y.onBackward(() -> backend.sumBackward(x, a, scale, y));
        return y;
    }

    private static int axis(Tensor x, int axis, String op) {
        int a = axis < 0 ? x.shape.length + axis : axis;
        if (a < 0 || a >= x.shape.length) throw shapeError(op, "axis " + axis + " is outside a tensor of " + x.shape.length + " dimensions", x);
        return a;
    }

    /** The same values in another shape (of the same size). */
    public static Tensor reshape(Tensor x, int... shape) {
        if (Tensor.size(shape) != x.size()) {
            throw shapeError("reshape", "cannot hold " + x.size() + " values in shape " + Arrays.toString(shape), x);
        }
        Tensor y = Tensor.result("reshape", shape, x);
        backend.copy(x, y);
        y.onBackward(() -> backend.copyBackward(x, y));
        return y;
    }

    private static Tensor flatten(Tensor x) {
        return x.shape.length == 1 ? x : reshape(x, x.size());
    }

    /** log softmax over the last axis: each row becomes log-probabilities, in nats. */
    public static Tensor logSoftmax(Tensor x) {
        Tensor y = Tensor.result("logSoftmax", x.shape, x);
        backend.logSoftmax(x, y);
        y.onBackward(() -> backend.logSoftmaxBackward(x, y));
        return y;
    }

    /**
     * Each row's entry at its id: logprobs[M, V] and M token ids give the M per-token
     * log-probabilities [M] (the building block of DPO, REINFORCE and masked losses).
     */
    public static Tensor gather(Tensor logprobs, int[] ids) {
        requireMatrix("gather", "logprobs", logprobs);
        if (ids.length != logprobs.rows()) throw shapeError("gather", logprobs.rows() + " rows but " + ids.length + " ids", logprobs);
        int v = logprobs.cols();
        for (int r = 0; r < ids.length; r++) {
            if (ids[r] < 0 || ids[r] >= v) throw shapeError("gather", "id " + ids[r] + " at row " + r + " is outside [0, " + v + ")", logprobs);
        }
        int[] at = ids.clone(); // the caller may reuse its array before backward runs
        Tensor y = Tensor.result("gather", new int[] {at.length}, logprobs);
        backend.gather(logprobs, at, y);
        y.onBackward(() -> backend.gatherBackward(logprobs, at, y));
        return y;
    }

    /** The parts side by side along the last axis; all parts need the same leading dimensions. */
    public static Tensor concat(Tensor... parts) {
        if (parts.length == 0) throw new IllegalArgumentException("concat: give at least one tensor");
        int cols = 0;
        for (Tensor p : parts) {
            if (p.shape.length != parts[0].shape.length
                    || !Arrays.equals(p.shape, 0, p.shape.length - 1, parts[0].shape, 0, parts[0].shape.length - 1)) {
                throw shapeError("concat", "every part needs the same dimensions but the last", parts);
            }
            cols += p.cols();
        }
        int[] shape = parts[0].shape.clone();
        shape[shape.length - 1] = cols;
        Tensor[] ps = parts.clone();
        Tensor y = Tensor.result("concat", shape, ps);
        backend.concat(ps, y);
        y.onBackward(() -> backend.concatBackward(ps, y));
        return y;
    }

    /** Columns [from, to) of the last axis. */
    public static Tensor slice(Tensor x, int from, int to) {
        if (from < 0 || to > x.cols() || from >= to) {
            throw shapeError("slice", "columns [" + from + ", " + to + ") are not a non-empty part of [0, " + x.cols() + ")", x);
        }
        int[] shape = x.shape.clone();
        shape[shape.length - 1] = to - from;
        Tensor y = Tensor.result("slice", shape, x);
        backend.slice(x, from, y);
        y.onBackward(() -> backend.sliceBackward(x, from, y));
        return y;
    }

    // ---- losses written with the ops above ---------------------------------------------------

    /** Mean squared error of prediction against target (same shapes): a diffusion model's loss. */
    public static Tensor mse(Tensor prediction, Tensor target) {
        if (!Arrays.equals(prediction.shape, target.shape)) throw shapeError("mse", "prediction and target need the same shape", prediction, target);
        return mean(square(sub(prediction, target)));
    }

    /**
     * KL(P ‖ Q) in nats, averaged over rows, for distributions over the last axis given as logits
     * or log-probabilities (log-softmax does not change log-probabilities): Σ P·(log P − log Q).
     * For distillation P is the teacher (a constant) and Q the student.
     */
    public static Tensor klDivergence(Tensor p, Tensor q) {
        if (!Arrays.equals(p.shape, q.shape)) throw shapeError("klDivergence", "both distributions need the same shape", p, q);
        Tensor logP = logSoftmax(p), logQ = logSoftmax(q);
        return mean(sum(mul(exp(logP), sub(logP, logQ)), -1));
    }

    /**
     * Cross-entropy of logits[M, V] against target ids, with a weight per token (1 = counts,
     * 0 = ignored: a prompt or padding): Σ w·(−log p(target)) / Σ w, nats per counted token.
     * Masked tokens get no gradient. SFT and chain-of-thought training count the answer only.
     */
    public static Tensor crossEntropy(Tensor logits, int[] targets, float[] weights) {
        requireMatrix("crossEntropy", "logits", logits);
        if (weights.length != logits.rows()) {
            throw shapeError("crossEntropy", logits.rows() + " rows of logits but " + weights.length + " weights", logits);
        }
        double total = 0;
        for (float w : weights) total += w;
        if (!(total > 0)) {
            throw new IllegalArgumentException("crossEntropy: the weights add up to " + total
                    + ", so no token counts; check the loss mask (is every answer empty?)");
        }
        Tensor picked = gather(logSoftmax(logits), targets);
        return scale(sum(mul(picked, Tensor.of(weights.clone(), weights.length))), (float) (-1 / total));
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
