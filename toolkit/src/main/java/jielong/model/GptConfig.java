package jielong.model;

/**
 * Every shape of a GPT in one place. The output head always shares the token embedding (as in
 * GPT-2), and every linear layer has a bias.
 *
 * @param vocabSize number of distinct tokens
 * @param blockSize context length: the most tokens the model sees at once
 * @param nLayer    number of transformer blocks
 * @param nHead     attention heads per block (nEmbd must divide by it)
 * @param nEmbd     width of the residual stream (the embedding size)
 * @param dropout   probability of zeroing an activation while training (0 = off)
 */
public record GptConfig(int vocabSize, int blockSize, int nLayer, int nHead, int nEmbd, float dropout) {

    public GptConfig {
        if (vocabSize < 1 || blockSize < 1 || nLayer < 1 || nHead < 1 || nEmbd < 1) {
            throw new IllegalArgumentException("every size must be positive: " + this);
        }
        if (nEmbd % nHead != 0) {
            throw new IllegalArgumentException("width " + nEmbd + " must divide evenly into " + nHead + " heads");
        }
        if (dropout < 0 || dropout >= 1) throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }

    /** nanoGPT's CPU "baby" shape: 4 layers, 4 heads, width 128, context 64. */
    public static GptConfig baby(int vocabSize) {
        return new GptConfig(vocabSize, 64, 4, 4, 128, 0f);
    }

    /** A very small shape for tests and fast mode: 2 layers, 2 heads, width 32, context 16. */
    public static GptConfig tiny(int vocabSize) {
        return new GptConfig(vocabSize, 16, 2, 2, 32, 0f);
    }

    /** GPT-2 small as published: 12 layers, 12 heads, width 768, context 1024 (124 M parameters). */
    public static GptConfig gpt2() {
        return new GptConfig(50257, 1024, 12, 12, 768, 0.1f);
    }

    /** GPT-2 medium: 24 layers, 16 heads, width 1024 (350 M). */
    public static GptConfig gpt2Medium() {
        return new GptConfig(50257, 1024, 24, 16, 1024, 0.1f);
    }

    /** GPT-2 large: 36 layers, 20 heads, width 1280 (774 M). */
    public static GptConfig gpt2Large() {
        return new GptConfig(50257, 1024, 36, 20, 1280, 0.1f);
    }

    /** GPT-2 XL: 48 layers, 25 heads, width 1600 (1558 M). */
    public static GptConfig gpt2Xl() {
        return new GptConfig(50257, 1024, 48, 25, 1600, 0.1f);
    }

    /** GPT-3 (Brown et al. 2020): 96 layers, 96 heads, width 12288, context 2048 (175 B). */
    public static GptConfig gpt3() {
        return new GptConfig(50257, 2048, 96, 96, 12288, 0f);
    }

    /** Width of one attention head. */
    public int headSize() {
        return nEmbd / nHead;
    }

    public GptConfig withVocabSize(int v) {
        return new GptConfig(v, blockSize, nLayer, nHead, nEmbd, dropout);
    }

    public GptConfig withBlockSize(int t) {
        return new GptConfig(vocabSize, t, nLayer, nHead, nEmbd, dropout);
    }

    public GptConfig withLayers(int n) {
        return new GptConfig(vocabSize, blockSize, n, nHead, nEmbd, dropout);
    }

    public GptConfig withHeads(int h) {
        return new GptConfig(vocabSize, blockSize, nLayer, h, nEmbd, dropout);
    }

    public GptConfig withEmbd(int c) {
        return new GptConfig(vocabSize, blockSize, nLayer, nHead, c, dropout);
    }

    public GptConfig withDropout(float p) {
        return new GptConfig(vocabSize, blockSize, nLayer, nHead, nEmbd, p);
    }
}
