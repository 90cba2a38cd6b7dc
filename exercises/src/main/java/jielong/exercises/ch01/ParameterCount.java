package jielong.exercises.ch01;

import jielong.model.GptConfig;

/**
 * Exercises of notebook 01, GPT's anatomy: count a GPT's parameters from its shape alone. In this
 * course's GPT (as in GPT-2) every linear layer has a bias, each LayerNorm has a gain and a bias,
 * the MLP is 4 times as wide as the model, and the output head reuses the token embedding.
 */
public final class ParameterCount {
    private ParameterCount() {}

    /** Exercise 1 (one line): the token embedding (vocabulary × width) plus the position embedding (context × width). */
    public static long embeddings(GptConfig c) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 01, exercise 1");
    }

    /**
     * Exercise 2: one transformer block: two LayerNorms, attention (c_attn makes q, k and v; c_proj
     * projects back) and the MLP (c_fc widens 4 times; c_proj narrows back), every bias included.
     */
    public static long perBlock(GptConfig c) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 01, exercise 2");
    }

    /** Exercise 3: the whole model: embeddings, every block, and the final LayerNorm. No separate output head. */
    public static long total(GptConfig c) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 01, exercise 3");
    }
}
