package jielong.agent;

/**
 * One step of an agent: who acted (a tool's name, the model's name, or {@code "answer"}), on what,
 * with what result, and what it cost.
 *
 * @param number           1 for the first step
 * @param why              the policy's reason for it
 * @param actor            the tool's name, the model's name, or {@link #ANSWER} for the final step
 * @param input            what the actor was given (a tool's input, the model's prompt)
 * @param output           what came back (a tool's result or error, the model's completion, the answer)
 * @param failed           the tool refused its input, or the policy asked for a tool the agent lacks
 * @param promptTokens     tokens the model read for this step (0 for a tool)
 * @param completionTokens tokens the model wrote for this step (0 for a tool)
 */
public record Step(int number, String why, String actor, String input, String output, boolean failed,
        int promptTokens, int completionTokens) {
    /** The actor of the final step. */
    public static final String ANSWER = "answer";

    /** Whether the model took this step. */
    public boolean isModelCall() {
        return promptTokens > 0;
    }

    /** Tokens read and written. */
    public int tokens() {
        return promptTokens + completionTokens;
    }
}
