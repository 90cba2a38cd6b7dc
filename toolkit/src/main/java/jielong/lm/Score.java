package jielong.lm;

/**
 * A continuation's log-probability under a model, token by token, in nats (natural logarithms):
 * 0 means certain, −0.69 a coin flip, more negative less likely.
 *
 * @param perToken log P(token i | prompt and tokens before it), one per continuation token
 */
public record Score(double[] perToken) {
    /** log P(whole continuation | prompt) = Σ perToken, in nats. */
    public double total() {
        double s = 0;
        for (double x : perToken) s += x;
        return s;
    }

    /** Mean negative log-probability per token (the cross-entropy), in nats per token. */
    public double meanNats() {
        return perToken.length == 0 ? 0 : -total() / perToken.length;
    }

    /** exp(mean nats): as many equally likely choices as the model hesitated between, per token. */
    public double perplexity() {
        return Math.exp(meanNats());
    }

    /** −total in bits: what an ideal coder with this model spends on the continuation. */
    public double bits() {
        return -total() / Math.log(2);
    }
}
