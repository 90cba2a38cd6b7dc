package jielong.course.smallmodels;

/**
 * One version of a model in the lesson's tables.
 *
 * @param name          what it is ("teacher, int8 per-channel")
 * @param parameters    learnable numbers
 * @param bitsPerWeight bits per weight of its matrices (32 for fp32)
 * @param bytes         bytes to store it
 * @param loss          held-out loss, nats per character
 * @param tokensPerSecond single-stream decoding speed measured here, tokens per second (NaN: not measured)
 */
public record Variant(String name, long parameters, int bitsPerWeight, long bytes, double loss, double tokensPerSecond) {
    /** Perplexity, e^loss: how many characters the model is as unsure as a uniform choice among. */
    public double perplexity() {
        return Math.exp(loss);
    }

    /** The same variant with a measured speed. */
    public Variant withSpeed(double tokensPerSecond) {
        return new Variant(name, parameters, bitsPerWeight, bytes, loss, tokensPerSecond);
    }
}
