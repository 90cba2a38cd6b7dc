package jielong.cost;

import jielong.model.GptConfig;

/**
 * Bytes a GPT needs, from its shape alone: its weights at a precision, training state with AdamW,
 * and the key-value cache that decoding keeps so each new token attends to the earlier ones
 * without recomputing them.
 */
public final class Memory {
    /** AdamW in fp32 keeps weights, gradients and two moment estimates: 4 numbers of 4 bytes per parameter. */
    public static final int ADAMW_FP32_BYTES_PER_PARAMETER = 16;

    private Memory() {}

    /** Bytes of every weight at this precision (the output head shares the token embedding). */
    public static long weights(GptConfig c, Precision p) {
        return p.bytes(ParameterCount.of(c).total());
    }

    /** Bytes to train with AdamW in fp32: 16 per parameter, activations not counted. */
    public static long trainingAdamW(GptConfig c) {
        return ParameterCount.of(c).total() * ADAMW_FP32_BYTES_PER_PARAMETER;
    }

    /**
     * Bytes of the KV cache after {@code tokens} tokens of each of {@code sequences} sequences: every
     * layer keeps one key and one value vector of the model's width per token, 2·layers·width numbers.
     */
    public static long kvCache(GptConfig c, long tokens, int sequences, Precision p) {
        return p.bytes(2L * c.nLayer() * c.nEmbd() * tokens * sequences);
    }
}
