package jielong.exercises.ch15;

/**
 * Exercises of notebook 15, inference cost: the KV cache's bytes, a decode step on the roofline,
 * and the GPUs a load needs. Exercise 4 is the class {@link CachedAttention}.
 */
public final class InferenceCost {
    private InferenceCost() {}

    /** Seconds in a day. */
    public static final double DAY = 86_400;

    /**
     * Exercise 1: bytes of the KV cache after {@code tokens} tokens of each of {@code sequences}
     * sequences. Every layer keeps one key and one value vector of the model's width per token:
     * 2 · layers · width numbers per token per sequence, {@code bytesPerNumber} bytes each
     * (4 for fp32, 2 for fp16). Mind the size: GPT-3's cache for a batch passes 2³¹ bytes.
     */
    public static long kvCacheBytes(int layers, int width, long tokens, int sequences, int bytesPerNumber) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 15, exercise 1");
    }

    /**
     * Exercise 2: answer tokens a second of one model copy decoding {@code batch} sequences together.
     * One step writes one token for each sequence; it reads the weights once
     * ({@code weightBytes}) and each sequence's cache ({@code kvBytesPerSequence}), and computes
     * {@code flopsPerToken} FLOPs for each sequence. Its time is the longer of the memory time (bytes /
     * {@code bandwidth}, bytes/s) and the compute time (FLOPs / {@code peakFlops}, FLOP/s).
     */
    public static double decodeTokensPerSecond(double weightBytes, double kvBytesPerSequence, int batch, double flopsPerToken,
                                               double bandwidth, double peakFlops) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 15, exercise 2");
    }

    /**
     * Exercise 3: GPUs to serve {@code tokensPerDay} tokens of {@code flopsPerToken} FLOPs each, counting
     * FLOPs only. One GPU does {@code peakFlops} · {@code utilisation} FLOPs a second; the fleet is sized
     * for the busiest hour, {@code peakToMean} times the day's mean; and GPUs come in whole copies of the
     * model of {@code gpusPerCopy} each, so round the number of copies up.
     */
    public static long gpusForLoad(double tokensPerDay, double flopsPerToken, double peakFlops, double utilisation, double peakToMean,
                                   int gpusPerCopy) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 15, exercise 3");
    }
}
