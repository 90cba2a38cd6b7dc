package jielong.exercises.ch01;

import jielong.model.GptConfig;

/** Reference solutions of notebook 01's exercises. */
public final class ParameterCount {
    private ParameterCount() {}

    public static long embeddings(GptConfig c) {
        return (long) c.vocabSize() * c.nEmbd() + (long) c.blockSize() * c.nEmbd();
    }

    public static long perBlock(GptConfig c) {
        long d = c.nEmbd();
        long layerNorms = 2 * (2 * d);
        long attention = (d * 3 * d + 3 * d) + (d * d + d);
        long mlp = (d * 4 * d + 4 * d) + (4 * d * d + d);
        return layerNorms + attention + mlp;
    }

    public static long total(GptConfig c) {
        return embeddings(c) + c.nLayer() * perBlock(c) + 2L * c.nEmbd();
    }
}
