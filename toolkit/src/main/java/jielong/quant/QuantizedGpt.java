package jielong.quant;

import java.util.LinkedHashMap;
import java.util.Map;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.Trace;

/**
 * A GPT's weight matrices quantized: every linear layer's weight [in, out] by output channel, and
 * the token embedding wte [V, C] as its transpose [C, V], since the tied head computes x·wteᵀ and its
 * output channels are the tokens. Biases, LayerNorms and position embeddings (a few per cent of the
 * numbers) stay fp32. The model runs through a {@link Trace}: {@link #dequantized()} swaps each
 * matrix for the weights its codes stand for (the loss the quantized model gets), {@link #kernels()}
 * computes each product from the codes themselves (the speed).
 */
public final class QuantizedGpt {
    public final Gpt model;
    public final Quantizer quantizer;
    private final Map<String, QuantizedMatrix> matrices = new LinkedHashMap<>();
    private final Map<String, Tensor> dequantized = new LinkedHashMap<>();

    private QuantizedGpt(Gpt model, Quantizer quantizer) {
        this.model = model;
        this.quantizer = quantizer;
        for (Map.Entry<String, Tensor> e : model.parameters().entrySet()) {
            String name = e.getKey();
            Tensor p = e.getValue();
            if (!name.equals("wte.weight") && !isLinearWeight(name)) continue;
            try {
                boolean head = name.equals("wte.weight");
                QuantizedMatrix q = QuantizedMatrix.of(head ? transpose(p) : p, quantizer);
                matrices.put(name, q);
                dequantized.put(name, head ? transpose(q.toTensor()) : q.toTensor());
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(name + ": " + bad.getMessage(), bad);
            }
        }
    }

    /** Quantizes the model's matrices (the model itself is left unchanged). */
    public static QuantizedGpt of(Gpt model, Quantizer quantizer) {
        return new QuantizedGpt(model, quantizer);
    }

    /** Whether a parameter is a linear layer's weight (c_attn, c_proj, c_fc). */
    static boolean isLinearWeight(String name) {
        return name.endsWith(".weight") && name.contains(".c_");
    }

    /** The quantized matrices by parameter name (wte's as [C, V]). */
    public Map<String, QuantizedMatrix> matrices() {
        return java.util.Collections.unmodifiableMap(matrices);
    }

    /** A trace that runs the model on the dequantized weights: for its loss (fp32 arithmetic, int-sized information). */
    public Trace dequantized() {
        Trace t = null;
        for (Map.Entry<String, Tensor> e : dequantized.entrySet()) {
            Tensor w = e.getValue();
            t = t == null ? Trace.hookParameter(e.getKey(), p -> w) : t.andHookParameter(e.getKey(), p -> w);
        }
        return t;
    }

    /**
     * A trace that computes every matrix product from the codes ({@link QuantizedMatVec}), for
     * decoding speed; the embedding lookup reads wte's dequantized rows. Inference only.
     */
    public Trace kernels() {
        Tensor wte = dequantized.get("wte.weight");
        Trace t = Trace.hookParameter("wte.weight", p -> wte);
        for (Map.Entry<String, QuantizedMatrix> e : matrices.entrySet()) {
            QuantizedMatrix q = e.getValue();
            t.andReplaceMatmul(e.getKey(), (x, bias) -> QuantizedMatVec.apply(x, q, bias));
        }
        return t;
    }

    /** A trace that computes every product from the fp32 weights through the same loop as {@link #kernels()}: the fair baseline. */
    public static Trace fp32Kernels(Gpt model) {
        Trace t = null;
        for (Map.Entry<String, Tensor> e : model.parameters().entrySet()) {
            String name = e.getKey();
            if (!name.equals("wte.weight") && !isLinearWeight(name)) continue;
            Tensor w = name.equals("wte.weight") ? transpose(e.getValue()) : e.getValue();
            Trace.Matmul m = (x, bias) -> QuantizedMatVec.apply(x, w, bias);
            t = t == null ? Trace.replaceMatmul(name, m) : t.andReplaceMatmul(name, m);
        }
        return t;
    }

    /** Bytes of the quantized model: the matrices' codes, scales and zero points, plus every other parameter at 4 bytes. */
    public long bytes() {
        long n = 0;
        for (Map.Entry<String, Tensor> e : model.parameters().entrySet()) {
            QuantizedMatrix q = matrices.get(e.getKey());
            n += q != null ? q.bytes() : 4L * e.getValue().size();
        }
        return n;
    }

    /** Bytes of the model at fp32: 4 per parameter. */
    public static long fp32Bytes(Gpt model) {
        return 4L * model.parameterCount();
    }

    /** Mean |w − ŵ| / mean |w| over every quantized matrix: how far the codes are from the weights, relative. */
    public double relativeError() {
        double err = 0, size = 0;
        for (Map.Entry<String, Tensor> e : dequantized.entrySet()) {
            float[] w = model.parameters().get(e.getKey()).host().data, q = e.getValue().host().data;
            for (int i = 0; i < w.length; i++) {
                err += Math.abs(w[i] - q[i]);
                size += Math.abs(w[i]);
            }
        }
        return err / size;
    }

    static Tensor transpose(Tensor m) {
        int r = m.rows(), c = m.cols();
        float[] d = m.host().data, out = new float[r * c];
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) out[j * r + i] = d[i * c + j];
        return Tensor.of(out, c, r);
    }
}
