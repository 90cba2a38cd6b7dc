package jielong.exercises.ch15;

/**
 * Exercises of notebook 15, inference cost: the KV cache's bytes, a decode step on the roofline,
 * and the GPUs a load needs. Exercise 4 is the class {@link CachedAttention}.
 */
public final class InferenceCost {
    private InferenceCost() {}

    /** Seconds in a day. */
    public static final double DAY = 86_400;

    public static long kvCacheBytes(int layers, int width, long tokens, int sequences, int bytesPerNumber) {
        return 2L * layers * width * tokens * sequences * bytesPerNumber;
    }

    public static double decodeTokensPerSecond(double weightBytes, double kvBytesPerSequence, int batch, double flopsPerToken,
                                               double bandwidth, double peakFlops) {
        double memory = (weightBytes + batch * kvBytesPerSequence) / bandwidth;
        double compute = batch * flopsPerToken / peakFlops;
        return batch / Math.max(memory, compute);
    }

    public static long gpusForLoad(double tokensPerDay, double flopsPerToken, double peakFlops, double utilisation, double peakToMean,
                                   int gpusPerCopy) {
        double gpus = tokensPerDay * flopsPerToken / (DAY * peakFlops * utilisation) * peakToMean;
        return (long) Math.ceil(gpus / gpusPerCopy) * gpusPerCopy;
    }
}
