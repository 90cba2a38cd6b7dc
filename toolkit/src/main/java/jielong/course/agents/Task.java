package jielong.course.agents;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One question of the lesson's task set, with its answer. A numeric answer ({@code value} not null)
 * is right when the first number of the reply equals it ("12.5 km" and "12.50" both match 12.5); a
 * fact's answer must match exactly, as in lesson 12.
 *
 * @param group      the task set's group, e.g. {@link TaskSet#SUMS}
 * @param question   the question, in the model's training format's words
 * @param answer     the answer as the training text writes it
 * @param value      the numeric answer, or null for a fact
 * @param passageIds for a fact, the passages that hold it (to tell a retrieval miss from a reading error)
 */
public record Task(String group, String question, String answer, BigDecimal value, List<String> passageIds) {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    /** Whether a reply answers the task. */
    public boolean isAnsweredBy(String reply) {
        if (reply == null) return false;
        if (value == null) return reply.strip().equals(answer);
        Matcher m = NUMBER.matcher(reply);
        return m.find() && new BigDecimal(m.group()).compareTo(value) == 0;
    }
}
