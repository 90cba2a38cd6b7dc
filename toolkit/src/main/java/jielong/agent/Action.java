package jielong.agent;

import jielong.api.CompletionOptions;

/**
 * What a policy decides to do next, and why (the reason goes into the trace): call a tool, ask the
 * model, or give the answer.
 */
public sealed interface Action {
    /** Why the policy chose this action, in a few words. */
    String why();

    /** Call the tool named {@code tool} on {@code input}. */
    record UseTool(String tool, String input, String why) implements Action {}

    /** Ask the model to continue {@code prompt}. */
    record AskModel(String prompt, CompletionOptions options, String why) implements Action {}

    /** Stop with this answer. */
    record Finish(String answer, String why) implements Action {}

    static Action tool(String tool, String input, String why) {
        return new UseTool(tool, input, why);
    }

    static Action ask(String prompt, CompletionOptions options, String why) {
        return new AskModel(prompt, options, why);
    }

    static Action finish(String answer, String why) {
        return new Finish(answer, why);
    }
}
