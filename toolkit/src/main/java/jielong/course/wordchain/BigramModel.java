package jielong.course.wordchain;

import jielong.lm.LanguageModel;
import jielong.lm.NGramModel;

/**
 * The simplest word-chain player: it predicts the next token from the previous one alone, by
 * counting how often each pair follows in a text. Add-alpha smoothing gives unseen pairs a little
 * probability, so every token stays possible. It is the n = 2 case of {@link NGramModel}, and a
 * {@link LanguageModel} like the GPT.
 */
public final class BigramModel implements LanguageModel {
    private final NGramModel ngrams;

    private BigramModel(NGramModel ngrams) {
        this.ngrams = ngrams;
    }

    /** Counts every adjacent pair of tokens; {@code alpha} is added to every count (0 = none). */
    public static BigramModel fit(int[] tokens, int vocabSize, double alpha) {
        return new BigramModel(NGramModel.fit(tokens, vocabSize, 2, alpha));
    }

    /** P(next | previous) for every token. */
    public double[] probabilities(int previous) {
        return ngrams.probabilities(new int[] {previous});
    }

    /** The same as logits (log-probabilities), so the toolkit's {@code Sampler} can draw from it. */
    public float[] logits(int previous) {
        return ngrams.logits(new int[] {previous});
    }

    /**
     * Cross-entropy on a text, in bits per token: the mean of −log₂ P(token | the one before) over
     * every token but the first. A uniform guess over V tokens scores log₂ V.
     */
    public double crossEntropyBits(int[] tokens) {
        double sum = 0;
        for (int i = 1; i < tokens.length; i++) sum -= Math.log(probabilities(tokens[i - 1])[tokens[i]]);
        return sum / (tokens.length - 1) / Math.log(2);
    }

    /** How many times {@code next} followed {@code previous}. */
    public int count(int previous, int next) {
        return ngrams.count(new int[] {previous}, next);
    }

    @Override
    public int vocabSize() {
        return ngrams.vocabSize();
    }

    @Override
    public Reader reader() {
        return ngrams.reader();
    }

    @Override
    public double[] probabilities(int[] context) {
        return ngrams.probabilities(context);
    }

    @Override
    public double[] logProbabilities(int[] context) {
        return ngrams.logProbabilities(context);
    }

    @Override
    public float[] logits(int[] context) {
        return ngrams.logits(context);
    }
}
