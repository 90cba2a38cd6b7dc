package jielong.train;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A list of variable-length token sequences, each a prompt followed by an answer, from which
 * batches are padded to a common length. The loss counts answer tokens only: the model learns to
 * answer, not to write prompts (supervised fine-tuning, chain-of-thought training).
 */
public final class Examples implements BatchSource<Examples.Batch> {
    /** The token id that fills the end of a short example (never counted by the loss). */
    public static final int PAD = 0;

    /**
     * One example: prompt tokens then answer tokens, laid end to end.
     *
     * @param tokens       the whole sequence
     * @param answerStart  index of the first answer token (0: every token is answer)
     */
    public record Example(int[] tokens, int answerStart) {
        public Example {
            if (tokens.length < 2) throw new IllegalArgumentException("an example needs at least 2 tokens (an input and a target), got " + tokens.length);
            if (answerStart < 0 || answerStart >= tokens.length) {
                throw new IllegalArgumentException("the answer must start inside the example: answerStart " + answerStart
                        + " for " + tokens.length + " tokens");
            }
        }

        /** A prompt and its answer as one example. */
        public static Example of(int[] prompt, int[] answer) {
            int[] all = Arrays.copyOf(prompt, prompt.length + answer.length);
            System.arraycopy(answer, 0, all, prompt.length, answer.length);
            return new Example(all, prompt.length);
        }
    }

    /**
     * Inputs x and next-token targets y, batch·t ids laid end to end (short examples padded with
     * {@link #PAD}), and a weight per target: 1 where the target is an answer token, else 0.
     */
    public record Batch(int[] x, int[] y, float[] weights, int t) {
        public int batchSize() {
            return x.length / t;
        }
    }

    private final List<Example> examples;
    private final int maxLength;

    /** Examples for a model with a context of {@code contextLength} tokens. */
    public Examples(List<Example> examples, int contextLength) {
        checkFit(examples, contextLength);
        this.examples = List.copyOf(examples);
        this.maxLength = contextLength;
    }

    /** Refuses an empty list, or an example longer than the context (+ 1 for its last target), naming it. */
    static void checkFit(List<Example> examples, int contextLength) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to train on");
        for (int i = 0; i < examples.size(); i++) {
            int n = examples.get(i).tokens().length;
            if (n - 1 > contextLength) {
                throw new IllegalArgumentException("example " + i + " has " + n + " tokens, more than the context of "
                        + contextLength + " + 1: shorten it or use a model with a longer context");
            }
        }
    }

    /** Number of examples. */
    public int size() {
        return examples.size();
    }

    /** batchSize examples drawn at random (with replacement), padded to the longest of them. */
    @Override
    public Batch sample(Random rng, int batchSize) {
        Example[] picked = new Example[batchSize];
        for (int b = 0; b < batchSize; b++) picked[b] = examples.get(rng.nextInt(examples.size()));
        return batch(picked);
    }

    /** The given examples as one padded batch, in order. */
    public static Batch batch(Example... picked) {
        int t = 1;
        for (Example e : picked) t = Math.max(t, e.tokens().length - 1);
        int[] x = new int[picked.length * t], y = new int[picked.length * t];
        float[] w = new float[picked.length * t];
        Arrays.fill(x, PAD);
        Arrays.fill(y, PAD);
        for (int b = 0; b < picked.length; b++) {
            int[] tok = picked[b].tokens();
            for (int i = 0; i + 1 < tok.length; i++) {
                x[b * t + i] = tok[i];
                y[b * t + i] = tok[i + 1];
                w[b * t + i] = i + 1 >= picked[b].answerStart() ? 1f : 0f; // the target at i is token i + 1
            }
        }
        return new Batch(x, y, w, t);
    }

    /** Positions the model computes, padding included (that is the work a step does). */
    @Override
    public int tokens(Batch batch) {
        return batch.x().length;
    }

    /** The context length the examples were checked against. */
    public int contextLength() {
        return maxLength;
    }
}
