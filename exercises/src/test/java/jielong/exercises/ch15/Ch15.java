package jielong.exercises.ch15;

/** The only place where chapter 15's graded tests meet the learner's code (inputs are copied). */
final class Ch15 {
    private Ch15() {}

    static long kvCacheBytes(int layers, int width, long tokens, int sequences, int bytesPerNumber) {
        return InferenceCost.kvCacheBytes(layers, width, tokens, sequences, bytesPerNumber);
    }

    static double decodeTokensPerSecond(double weightBytes, double kvBytesPerSequence, int batch, double flopsPerToken, double bandwidth, double peakFlops) {
        return InferenceCost.decodeTokensPerSecond(weightBytes, kvBytesPerSequence, batch, flopsPerToken, bandwidth, peakFlops);
    }

    static long gpusForLoad(double tokensPerDay, double flopsPerToken, double peakFlops, double utilisation, double peakToMean, int gpusPerCopy) {
        return InferenceCost.gpusForLoad(tokensPerDay, flopsPerToken, peakFlops, utilisation, peakToMean, gpusPerCopy);
    }

    /**
     * Decodes a sequence one token at a time with the learner's cache: for each row t, appends k[t]
     * and v[t], then attends with q[t]. Returns the outputs, one row per token.
     */
    static float[][] decodeWithCache(float[][] q, float[][] k, float[][] v) {
        CachedAttention head = new CachedAttention(q[0].length, q.length);
        float[][] out = new float[q.length][];
        for (int t = 0; t < q.length; t++) {
            head.append(k[t].clone(), v[t].clone());
            out[t] = head.attend(q[t].clone());
        }
        return out;
    }

    /** Appends {@code tokens} zero keys and values to a cache of {@code capacity}. */
    static void overfill(int headSize, int capacity, int tokens) {
        CachedAttention head = new CachedAttention(headSize, capacity);
        for (int t = 0; t < tokens; t++) head.append(new float[headSize], new float[headSize]);
    }
}
