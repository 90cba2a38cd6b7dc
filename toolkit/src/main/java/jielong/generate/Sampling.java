package jielong.generate;

/**
 * How the next token is chosen from the model's scores: greedily (the most likely token), or at
 * random after reshaping the distribution with a temperature, a top-k cut and a top-p (nucleus) cut.
 *
 * @param temperature divides the logits: below 1 sharpens, above 1 flattens; 0 means greedy
 * @param topK        keep only the k most likely tokens (0 = all)
 * @param topP        keep the smallest set of tokens whose probabilities add up to p (1 = all)
 */
public record Sampling(float temperature, int topK, float topP) {
    public Sampling {
        if (temperature < 0) throw new IllegalArgumentException("temperature must be ≥ 0, got " + temperature);
        if (topK < 0) throw new IllegalArgumentException("top-k must be ≥ 0, got " + topK);
        if (!(topP > 0 && topP <= 1)) throw new IllegalArgumentException("top-p must be in (0, 1], got " + topP);
    }

    /** Always the most likely token. */
    public static Sampling greedy() {
        return new Sampling(0f, 0, 1f);
    }

    /** Plain sampling from the softmax at a temperature. */
    public static Sampling temperature(float t) {
        return new Sampling(t, 0, 1f);
    }

    public Sampling withTopK(int k) {
        return new Sampling(temperature, k, topP);
    }

    public Sampling withTopP(float p) {
        return new Sampling(temperature, topK, p);
    }

    public boolean isGreedy() {
        return temperature == 0f;
    }

    @Override
    public String toString() {
        if (isGreedy()) return "greedy";
        return "temperature " + temperature + (topK > 0 ? ", top-k " + topK : "") + (topP < 1 ? ", top-p " + topP : "");
    }
}
