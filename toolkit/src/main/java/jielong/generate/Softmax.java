package jielong.generate;

/**
 * Logits to probabilities, the one softmax every reader of a model's scores uses (sampling,
 * next-token tables, compression, scoring): p_i = exp((l_i − max)/T) / Σ_j exp((l_j − max)/T),
 * in double. Subtracting the largest logit first keeps exp from overflowing and changes nothing else.
 */
public final class Softmax {
    private Softmax() {}

    /** softmax(logits): probabilities that add up to 1. */
    public static double[] probabilities(float[] logits) {
        return probabilities(logits, 1.0);
    }

    /** softmax(logits / temperature): below 1 sharpens the distribution, above 1 flattens it. */
    public static double[] probabilities(float[] logits, double temperature) {
        if (!(temperature > 0)) throw new IllegalArgumentException("temperature must be > 0, got " + temperature + " (greedy picks the argmax instead)");
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (float l : logits) max = Math.max(max, l);
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) sum += p[i] = Math.exp((logits[i] - max) / temperature);
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return p;
    }

    /** log softmax(logits), in nats: l_i − max − log Σ_j exp(l_j − max), exact even where p_i underflows. */
    public static double[] logProbabilities(float[] logits) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (float l : logits) max = Math.max(max, l);
        for (float l : logits) sum += Math.exp(l - max);
        double logSum = Math.log(sum);
        double[] lp = new double[logits.length];
        for (int i = 0; i < lp.length; i++) lp[i] = logits[i] - max - logSum;
        return lp;
    }
}
