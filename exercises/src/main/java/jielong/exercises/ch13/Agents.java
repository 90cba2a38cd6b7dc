package jielong.exercises.ch13;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Exercises of notebook 13, agents: the tools an agent calls instead of the model (a calculator, a
 * unit converter), the dispatcher that routes a tool call to its tool, and the majority vote that
 * cross-checks several answers.
 */
public final class Agents {
    private Agents() {}

    /**
     * Exercise 1: the majority vote of self-consistency. Return the most frequent answer, comparing
     * answers after {@code strip()} (and returning it stripped); a tie goes to the answer that
     * appeared first. An empty list is an {@link IllegalArgumentException}.
     */
    public static String majorityVote(List<String> answers) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 13, exercise 1");
    }

    /**
     * Exercise 2: a unit converter. Convert {@code value} from unit {@code from} to unit {@code to},
     * among m, km (lengths), s, min, h (times), m/s, km/h (speeds). Units of different kinds (km to
     * h) or an unknown unit are an {@link IllegalArgumentException}.
     */
    public static double convert(double value, String from, String to) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 13, exercise 2");
    }

    /**
     * Exercise 3: a calculator. The value of an expression of numbers (with decimals), {@code + - * /}
     * and parentheses, with the usual precedence (* and / before + and -, left to right) and spaces
     * allowed anywhere, e.g. {@code "2 + 3 * (4 - 1.5)"} is 9.5. A malformed expression is an
     * {@link IllegalArgumentException}.
     */
    public static double calculate(String expression) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 13, exercise 3");
    }

    /**
     * Exercise 4: a tool dispatcher. A tool call is written as Toolformer writes it,
     * {@code "name(input)"}, e.g. {@code "calculator(34+58)"}: run the tool of that name on the text
     * between the first {@code (} and the last {@code )} and return its result. An unknown tool, or a
     * call not in that form, is an {@link IllegalArgumentException} whose message names the call.
     */
    public static String dispatch(String call, Map<String, UnaryOperator<String>> tools) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 13, exercise 4");
    }
}
