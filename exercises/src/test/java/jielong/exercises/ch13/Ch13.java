package jielong.exercises.ch13;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The only place where chapter 13's graded tests meet the learner's code (inputs are copied). */
final class Ch13 {
    private Ch13() {}

    static String majorityVote(List<String> answers) {
        return Agents.majorityVote(new ArrayList<>(answers));
    }

    static double convert(double value, String from, String to) {
        return Agents.convert(value, from, to);
    }

    static double calculate(String expression) {
        return Agents.calculate(expression);
    }

    static String dispatch(String call, Map<String, UnaryOperator<String>> tools) {
        return Agents.dispatch(call, Map.copyOf(tools));
    }
}
