package jielong.exercises.ch11;

import java.util.List;

/**
 * Exercises of notebook 11, prompts: build a few-shot prompt in the model's format, end a
 * completion at a stop sequence as an API does, reshape a forecast with a temperature, and learn a
 * letter cipher from a prompt's examples the way a rule would.
 */
public final class Prompts {
    private Prompts() {}

    /**
     * Exercise 1: the few-shot prompt. Each example {question, answer} becomes the two lines
     * {@code "Q: <question>\n"} and {@code "A: <answer>\n"}; then comes the query as
     * {@code "Q: <query>\nA: "} (a space after "A:", no newline), where the model writes its answer.
     */
    public static String fewShotPrompt(List<String[]> examples, String query) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 11, exercise 1");
    }

    /**
     * Exercise 2: what a completions API returns when it was given stop sequences. Return
     * {@code text} up to (not including) the earliest place where any of {@code stops} begins; the
     * whole text when none occurs.
     */
    public static String cutAtStop(String text, List<String> stops) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 11, exercise 2");
    }

    /**
     * Exercise 3: the distribution a sampler draws from at temperature {@code t}: softmax(logits / t).
     * At {@code t = 0} all the probability goes to the largest logit (the first one on ties). Keep it
     * stable for large logits (subtract the largest before exp).
     */
    public static double[] temperatureProbabilities(float[] logits, double t) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 11, exercise 3");
    }

    /**
     * Exercise 4: in-context learning written as a rule. The examples are {plain word, its encoding}
     * under one letter substitution. Encode {@code query} letter by letter with what the examples
     * show; a letter that no example shows becomes {@code '?'}.
     */
    public static String encodeFromExamples(List<String[]> examples, String query) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 11, exercise 4");
    }
}
