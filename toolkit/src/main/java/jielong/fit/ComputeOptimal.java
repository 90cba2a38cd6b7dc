package jielong.fit;

/**
 * The best way to spend a compute budget under a fitted law: how many parameters, how many tokens.
 *
 * @param flops      the budget C, in FLOPs (C = 6·N·D)
 * @param parameters N, non-embedding parameters
 * @param tokens     D, training tokens
 * @param loss       the law's loss at (N, D), nats per token
 */
public record ComputeOptimal(double flops, double parameters, double tokens, double loss) {

    /** Training tokens per parameter, D / N: about 20 by Chinchilla's rule of thumb. */
    public double tokensPerParameter() {
        return tokens / parameters;
    }

    @Override
    public String toString() {
        return String.format("C = %.3g FLOPs: N = %.3g, D = %.3g (%.1f tokens per parameter), loss %.3f",
                flops, parameters, tokens, tokensPerParameter(), loss);
    }
}
