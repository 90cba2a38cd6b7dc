package jielong.api;

/**
 * What a model wrote after a prompt.
 *
 * @param text             the completion, without the stop sequence that ended it
 * @param finishReason     {@link #STOP} (a stop sequence was written) or {@link #LENGTH} (max tokens reached)
 * @param promptTokens     tokens in the prompt
 * @param completionTokens tokens the model wrote, the stop sequence's included (that is the work it did)
 */
public record Completion(String text, String finishReason, int promptTokens, int completionTokens) {
    /** The completion ended at a stop sequence. */
    public static final String STOP = "stop";
    /** The completion ran to its most tokens. */
    public static final String LENGTH = "length";

    /** Tokens read and written, the unit an API bills. */
    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
