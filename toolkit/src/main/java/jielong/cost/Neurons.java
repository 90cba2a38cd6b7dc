package jielong.cost;

import jielong.model.GptConfig;

/**
 * A rough count of a GPT's "neurons". A neuron here is one output of a linear layer: a weighted
 * sum of inputs plus a bias, the unit the word first meant. Two definitions are given, because the
 * word has no agreed meaning for transformers.
 *
 * @param mlpHidden     hidden units of the feed-forward layers only (4·width per block): the units
 *                      that pass through a non-linearity (GELU), the closest match to a biological neuron
 * @param linearOutputs outputs of every linear layer in the blocks: query, key and value (3·width),
 *                      attention projection (width), MLP widening (4·width) and narrowing (width)
 */
public record Neurons(long mlpHidden, long linearOutputs) {

    /** The counts for a shape. */
    public static Neurons of(GptConfig c) {
        long d = c.nEmbd(), layers = c.nLayer();
        return new Neurons(layers * 4 * d, layers * (3 * d + d + 4 * d + d));
    }
}
