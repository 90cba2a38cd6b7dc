package jielong.course.attention;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.Trace;
import jielong.nd4j.Nd4jArrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The small steps of attention, each a line or two of ND4J, so lesson 03 can compute attention by
 * hand and compare with the toolkit. Every method returns a new array and leaves its inputs alone.
 */
public final class HandAttention {
    private HandAttention() {}

    /** The first block's input: token embedding plus position embedding for each token, [T, C]. */
    public static INDArray embeddings(Gpt model, int[] tokens) {
        INDArray wte = Nd4jArrays.toNd4j(model.parameters().get("wte.weight"));
        INDArray wpe = Nd4jArrays.toNd4j(model.parameters().get("wpe.weight"));
        INDArray x = Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT, tokens.length, wte.columns());
        for (int i = 0; i < tokens.length; i++) x.putRow(i, wte.getRow(tokens[i]).add(wpe.getRow(i)));
        return x;
    }

    /** Each row scaled to mean 0 and variance 1 (ε = 1e-5, as in GPT-2), then times the gain, plus the bias. */
    public static INDArray layerNorm(INDArray x, INDArray gain, INDArray bias) {
        INDArray mean = x.mean(true, 1);
        INDArray centred = x.subColumnVector(mean);
        INDArray variance = centred.mul(centred).mean(true, 1);
        INDArray normal = centred.divColumnVector(Transforms.sqrt(variance.add(1e-5), false));
        return normal.mulRowVector(gain).addRowVector(bias);
    }

    /** Columns [from, to) of a matrix: one head's share of the queries, keys or values. */
    public static INDArray columns(INDArray m, long from, long to) {
        return m.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to)).dup();
    }

    /** Scores of a later position are set to −∞, so after softmax no position looks ahead. */
    public static INDArray causalMask(INDArray scores) {
        INDArray masked = scores.dup();
        for (int i = 0; i < masked.rows(); i++) {
            for (int j = i + 1; j < masked.columns(); j++) masked.putScalar(i, j, Double.NEGATIVE_INFINITY);
        }
        return masked;
    }

    /** Each row turned into probabilities: exp(x − max) / Σ exp(x − max). e^−∞ is 0, so masked places get 0. */
    public static INDArray softmaxRows(INDArray scores) {
        INDArray shifted = scores.subColumnVector(scores.max(true, 1));
        INDArray e = Transforms.exp(shifted, false);
        return e.divColumnVector(e.sum(true, 1));
    }

    /** What the toolkit computes for the first block's attention: its weights [H, T, T] and output after c_proj, [T, C]. */
    public record ToolkitResult(INDArray probabilities, INDArray output) {}

    /** The toolkit's own forward pass (the one training uses) on the tokens, read at block 0's attention through a {@link Trace}. */
    public static ToolkitResult toolkit(Gpt model, int[] tokens) {
        Trace trace = Trace.record("h.0.attn.probs", "h.0.attn.out");
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            model.forward(tokens, tokens.length, trace);
        }
        INDArray probs = Nd4jArrays.toNd4j(trace.get("h.0.attn.probs")).reshape(model.config.nHead(), tokens.length, tokens.length);
        return new ToolkitResult(probs, Nd4jArrays.toNd4j(trace.get("h.0.attn.out")));
    }
}
