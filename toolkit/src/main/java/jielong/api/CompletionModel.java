package jielong.api;

/**
 * A language model as a function from a prompt to a completion: the one call notebooks and agents make,
 * whether the model runs in this JVM ({@link LocalModel}) or behind a server ({@link CompletionClient}).
 */
public interface CompletionModel {
    /** The model's name, as a server lists it. */
    String name();

    /** The most prompt tokens the model reads (its context length). */
    int contextLength();

    /**
     * Continues the prompt under the options.
     *
     * @throws PromptTooLong            when the prompt has more tokens than {@link #contextLength()}
     * @throws IllegalArgumentException when the prompt holds a character the model cannot read
     */
    Completion complete(String prompt, CompletionOptions options);

    /** The completion's text only. */
    default String text(String prompt, CompletionOptions options) {
        return complete(prompt, options).text();
    }

    /** A prompt longer than the model's context: say how long each is, so the caller can cut it. */
    final class PromptTooLong extends IllegalArgumentException {
        /** Tokens in the prompt. */
        public final int promptTokens;
        /** The most the model reads. */
        public final int contextLength;

        public PromptTooLong(int promptTokens, int contextLength) {
            super("the prompt has " + promptTokens + " tokens but the model reads at most " + contextLength
                    + ": shorten it (fewer examples or passages)");
            this.promptTokens = promptTokens;
            this.contextLength = contextLength;
        }
    }
}
