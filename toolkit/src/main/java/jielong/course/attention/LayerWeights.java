package jielong.course.attention;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.nd4j.Nd4jArrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One block's attention weights as ND4J arrays, for computing attention by hand: the LayerNorm
 * before it (ln_1), the linear layer that makes queries, keys and values side by side (c_attn,
 * [C, 3C]), and the projection back into the residual stream (c_proj, [C, C]).
 */
public record LayerWeights(INDArray lnGain, INDArray lnBias, INDArray qkvWeight, INDArray qkvBias,
                           INDArray projWeight, INDArray projBias, int heads) {

    /** Copies layer {@code layer}'s arrays out of a model (copies: the model is not changed by what you do to them). */
    public static LayerWeights of(Gpt model, int layer) {
        String p = "h." + layer + ".";
        return new LayerWeights(get(model, p + "ln_1.weight"), get(model, p + "ln_1.bias"),
                get(model, p + "attn.c_attn.weight"), get(model, p + "attn.c_attn.bias"),
                get(model, p + "attn.c_proj.weight"), get(model, p + "attn.c_proj.bias"), model.config.nHead());
    }

    /** Width of the residual stream, C. */
    public int width() {
        return (int) qkvWeight.rows();
    }

    /** Width of one head, C / heads. */
    public int headSize() {
        return width() / heads;
    }

    private static INDArray get(Gpt model, String name) {
        Tensor t = model.parameters().get(name);
        if (t == null) throw new IllegalArgumentException("the model has no parameter " + name);
        return Nd4jArrays.toNd4j(t);
    }
}
