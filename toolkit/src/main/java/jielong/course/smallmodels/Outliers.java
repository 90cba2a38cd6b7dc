package jielong.course.smallmodels;

import jielong.model.Gpt;

/**
 * An outlier channel put into a trained model without changing what it computes: in every layer,
 * query column j of c_attn (weight and bias) times k and key column j divided by k. Each head's
 * q·k is a sum of products q_j·k_j, so every attention score, and every output, stays the same;
 * only one column of c_attn is now k times larger than the rest. Large models grow such features
 * by themselves (Dettmers et al. 2022 found them from about 6.7B parameters on).
 */
public final class Outliers {
    private Outliers() {}

    /** A copy of the model with query column {@code channel} × factor and key column {@code channel} ÷ factor in every layer. */
    public static Gpt withOutlierChannel(Gpt model, int channel, float factor) {
        int c = model.config.nEmbd();
        if (channel < 0 || channel >= c) throw new IllegalArgumentException("channel must be in [0, " + c + "), got " + channel);
        if (!(factor > 0) || Float.isInfinite(factor)) throw new IllegalArgumentException("the factor must be a positive number, got " + factor);
        Gpt copy = copy(model);
        for (int l = 0; l < model.config.nLayer(); l++) scale(copy, l, channel, factor);
        return copy;
    }

    /**
     * A copy of the model whose query column {@code channel} is, in every layer, {@code ratio} times
     * as large (largest |w| against the largest of c_attn's other columns) as the rest, the key
     * column divided by the same factor: the model still computes exactly the same function.
     */
    public static Gpt withOutlierRatio(Gpt model, int channel, double ratio) {
        if (!(ratio > 0) || Double.isInfinite(ratio)) throw new IllegalArgumentException("the ratio must be a positive number, got " + ratio);
        Gpt copy = copy(model);
        for (int l = 0; l < model.config.nLayer(); l++) {
            float factor = (float) (ratio / columnRatio(model, "h." + l + ".attn.c_attn.weight", channel));
            scale(copy, l, channel, factor);
        }
        return copy;
    }

    private static void scale(Gpt copy, int l, int channel, float factor) {
        int c = copy.config.nEmbd();
        float[] w = copy.parameters().get("h." + l + ".attn.c_attn.weight").host().data;
        float[] b = copy.parameters().get("h." + l + ".attn.c_attn.bias").host().data;
        int cols = 3 * c, q = channel, k = c + channel; // c_attn's columns: queries, keys, values
        for (int r = 0; r < c; r++) {
            w[r * cols + q] *= factor;
            w[r * cols + k] /= factor;
        }
        b[q] *= factor;
        b[k] /= factor;
    }

    /** The largest |w| of a column over the largest |w| of the matrix's other columns. */
    public static double columnRatio(Gpt model, String weight, int column) {
        var p = model.parameters().get(weight);
        float[] w = p.host().data;
        int cols = p.cols();
        double inCol = 0, rest = 0;
        for (int i = 0; i < w.length; i++) {
            if (i % cols == column) inCol = Math.max(inCol, Math.abs(w[i]));
            else rest = Math.max(rest, Math.abs(w[i]));
        }
        return inCol / rest;
    }

    /** An independent copy of a model's weights. */
    static Gpt copy(Gpt model) {
        Gpt copy = new Gpt(model.config, 0);
        model.parameters().forEach((name, p) -> System.arraycopy(p.host().data, 0, copy.parameters().get(name).host().data, 0, p.size()));
        return copy;
    }

    /** Mean |w − ŵ| / mean |w| of one weight matrix quantized by q: how far its codes are from it, relative. */
    public static double relativeError(Gpt model, String weight, jielong.quant.Quantizer q) {
        var p = model.parameters().get(weight);
        float[] w = p.host().data, back = jielong.quant.QuantizedMatrix.of(p, q).dequantize();
        double err = 0, size = 0;
        for (int i = 0; i < w.length; i++) {
            err += Math.abs(w[i] - back[i]);
            size += Math.abs(w[i]);
        }
        return err / size;
    }
}
