package jielong.cost;

import jielong.model.GptConfig;

/**
 * Where a GPT's parameters live, computed from its shape alone (so GPT-3 can be counted without
 * building it). The output head shares the token embedding and adds nothing.
 *
 * @param embeddings token (vocab·width) plus position (context·width) embeddings
 * @param attention  all layers' query/key/value and output projections, with biases
 * @param mlp        all layers' feed-forward weights (width → 4·width → width), with biases
 * @param norms      all layer norms' gains and biases, the final one included
 */
public record ParameterCount(long embeddings, long attention, long mlp, long norms) {

    /** The count for a shape. */
    public static ParameterCount of(GptConfig c) {
        long d = c.nEmbd(), layers = c.nLayer();
        long embeddings = (long) c.vocabSize() * d + (long) c.blockSize() * d;
        long attention = layers * ((d * 3 * d + 3 * d) + (d * d + d));
        long mlp = layers * ((d * 4 * d + 4 * d) + (4 * d * d + d));
        long norms = layers * 2 * (2 * d) + 2 * d;
        return new ParameterCount(embeddings, attention, mlp, norms);
    }

    /** Every parameter. */
    public long total() {
        return embeddings + attention + mlp + norms;
    }

    /** Everything but the embeddings: the count scaling laws use (Kaplan et al. 2020). */
    public long nonEmbedding() {
        return total() - embeddings;
    }

    /** Bytes to hold the weights at a given number of bytes per parameter (4 for fp32, 2 for fp16, 1 for int8). */
    public long bytes(int bytesPerParameter) {
        return total() * bytesPerParameter;
    }
}
