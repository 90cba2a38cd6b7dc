package jielong.agent;

import java.util.function.UnaryOperator;

/**
 * Something an agent can call instead of the model: text in, text out, the way a tool's result is
 * handed back to an agent. A tool that cannot read its input throws an {@link IllegalArgumentException}
 * whose message says why; the agent records it as the step's result and carries on.
 */
public interface Tool {
    /** The name a policy calls the tool by, e.g. {@code "calculator"}. */
    String name();

    /** One line on what the tool takes and gives, with an example input. */
    String description();

    /** Runs the tool on its input. */
    String call(String input);

    /** A tool from a function, for tests and small experiments. */
    static Tool of(String name, String description, UnaryOperator<String> function) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a tool needs a name, e.g. \"calculator\"");
        return new Tool() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String call(String input) {
                return function.apply(input);
            }
        };
    }
}
