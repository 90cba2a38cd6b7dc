package jielong.data;

import java.util.Random;

/**
 * Random token sequences that repeat: a prefix of uniformly random tokens, then the same prefix
 * again. The first half cannot be predicted (ln V nats a token at best); after the first token of
 * the copy, every token can be, by finding the earlier copy of the current token and reading the
 * token after it: the task induction heads solve (Olsson et al. 2022).
 *
 * @param vocabSize  tokens are drawn from 0 .. vocabSize − 1
 * @param minPrefix  shortest prefix, tokens
 * @param maxPrefix  longest prefix, tokens
 */
public record RepeatedTokens(int vocabSize, int minPrefix, int maxPrefix) {
    public RepeatedTokens {
        if (vocabSize < 2) throw new IllegalArgumentException("a vocabulary of " + vocabSize + " tokens has nothing to predict: use at least 2");
        if (minPrefix < 1 || maxPrefix < minPrefix) {
            throw new IllegalArgumentException("prefix lengths must satisfy 1 <= min <= max, got " + minPrefix + " .. " + maxPrefix);
        }
    }

    /** One sequence, prefix then copy (2·L tokens for a prefix of L drawn from [minPrefix, maxPrefix]). */
    public int[] sample(Random rng) {
        int length = minPrefix + rng.nextInt(maxPrefix - minPrefix + 1);
        int[] s = new int[2 * length];
        for (int i = 0; i < length; i++) s[i] = s[i + length] = rng.nextInt(vocabSize);
        return s;
    }

    /** The longest sequence this generator makes, tokens: a model needs a context of one less. */
    public int maxLength() {
        return 2 * maxPrefix;
    }
}
