package jielong.exercises.ch17;

import java.util.List;

/**
 * Exercises of notebook 17, chain of thought: write a trip's steps, the column steps of a
 * scratchpad sum, the loss on the answer part only, and the weights of examples packed into one row.
 */
public final class ChainOfThought {
    private ChainOfThought() {}

    /**
     * Exercise 1: the steps of a trip of legs, leg i at {@code speeds[i]} km/h for {@code minutes[i]}
     * minutes (multiples of 6), exactly as the lesson's data writes them: for each leg
     * "30 minutes = 0.5 hours." then "60 × 0.5 = 30 km."; then, from the second leg on, the running
     * total "30 + 16 = 46 km.". The hours have one decimal ("0.5", "1.2"), the sign is '×' (U+00D7).
     */
    public static List<String> tripSteps(int[] speeds, int[] minutes) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 17, exercise 1");
    }

    /**
     * Exercise 2: the scratchpad of a + b (two numbers of the same length): one step per column,
     * rightmost first, "digit of a + digit of b + carry in = two-digit column sum;", e.g. for
     * 347 + 589: "7+9+0=16;", "4+8+1=13;", "3+5+1=09;".
     */
    public static List<String> scratchpad(String a, String b) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 17, exercise 2");
    }

    /**
     * Exercise 3: the loss on the answer only. {@code logits[i]} are a model's scores (one per token
     * of the vocabulary) for the token after position i of {@code tokens}; the first
     * {@code answerStart} tokens are the prompt. Return the mean cross-entropy, in nats, over the
     * targets that are answer tokens: −log softmax(logits[i])[tokens[i + 1]] for every i with
     * i + 1 ≥ answerStart. Subtract the row's largest logit before exponentiating.
     */
    public static double answerLoss(float[][] logits, int[] tokens, int answerStart) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 17, exercise 3");
    }

    /**
     * Exercise 4: examples laid end to end in one row, as {@code PackedExamples} packs them.
     * Example k has {@code lengths[k]} tokens, of which the first {@code answerStarts[k]} are its
     * prompt. The row's targets are its tokens 1, 2, ..., n − 1 (n the total length); return one
     * weight per target: 1 where the target token is an answer token of its example, else 0.
     */
    public static float[] packedWeights(int[] lengths, int[] answerStarts) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 17, exercise 4");
    }
}
