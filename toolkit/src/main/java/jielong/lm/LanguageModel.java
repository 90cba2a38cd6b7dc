package jielong.lm;

import java.util.function.IntConsumer;

import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.generate.Softmax;
import jielong.model.Gpt;

/**
 * Anything that forecasts the next token of a text: a GPT, an n-gram table. Every lesson that
 * scores or writes text (hallucination, prompting, retrieval, chain of thought, RLHF) works
 * through this interface, so any model can be put in. Probabilities come from the one {@link
 * Softmax}; log-probabilities are natural logarithms (nats).
 *
 * <p>A model with nothing read yet (an empty context) gives its best guess with nothing to go on:
 * uniform for a GPT, the unigram frequencies for an n-gram model.
 */
public interface LanguageModel {
    /** The GPT as a language model (its {@link jielong.model.ContextWindow} cuts long contexts). */
    static LanguageModel of(Gpt gpt) {
        return new GptLanguageModel(gpt);
    }

    /** Number of different tokens, V. */
    int vocabSize();

    /** Starts reading a text, one token at a time. */
    Reader reader();

    /** A model part-way through a text: what it has read so far decides its forecast. */
    interface Reader {
        /** Reads one more token and returns the logits [V] for the one after it. */
        float[] accept(int token);

        /** The logits [V] for the next token: scores whose softmax is the forecast. */
        float[] logits();

        /** The forecast: P(next token = i | tokens read), for every i. */
        default double[] probabilities() {
            return Softmax.probabilities(logits());
        }

        /** The forecast as log-probabilities, in nats. */
        default double[] logProbabilities() {
            return Softmax.logProbabilities(logits());
        }
    }

    /** Logits [V] of the token after {@code context}. */
    default float[] logits(int[] context) {
        return read(context).logits();
    }

    /** P(next token = i | context), for every i. */
    default double[] probabilities(int[] context) {
        return Softmax.probabilities(logits(context));
    }

    /** log P(next token = i | context), for every i, in nats. */
    default double[] logProbabilities(int[] context) {
        return Softmax.logProbabilities(logits(context));
    }

    /**
     * How likely the model finds {@code continuation} after {@code prompt}: log P(c_i | prompt,
     * c_1..c_{i−1}) for each continuation token, in nats, and their sum.
     */
    default Score score(int[] prompt, int[] continuation) {
        Reader r = read(prompt);
        double[] perToken = new double[continuation.length];
        for (int i = 0; i < continuation.length; i++) {
            perToken[i] = r.logProbabilities()[continuation[i]];
            if (i < continuation.length - 1) r.accept(continuation[i]);
        }
        return new Score(perToken);
    }

    /**
     * Continues the prompt by {@code maxNewTokens} tokens chosen under a sampling rule; the same
     * seed gives the same tokens. {@code onToken} (may be null) gets each token as it is chosen.
     */
    default int[] generate(int[] prompt, int maxNewTokens, Sampling sampling, long seed, IntConsumer onToken) {
        Reader r = read(prompt);
        return Generator.decode(r.logits(), r::accept, maxNewTokens, sampling, seed, onToken);
    }

    /** {@link #generate(int[], int, Sampling, long, IntConsumer)} without a callback. */
    default int[] generate(int[] prompt, int maxNewTokens, Sampling sampling, long seed) {
        return generate(prompt, maxNewTokens, sampling, seed, null);
    }

    /** A reader that has read {@code tokens}. */
    default Reader read(int[] tokens) {
        Reader r = reader();
        for (int t : tokens) r.accept(t);
        return r;
    }
}
