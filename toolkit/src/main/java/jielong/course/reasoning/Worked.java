package jielong.course.reasoning;

import java.util.List;

/**
 * A problem with its chain of thought: the question, the steps a careful solver writes, and the
 * answer. It can be written for training in either {@link Format}: the same question and answer,
 * with or without the steps between them.
 *
 * @param question what the model is given
 * @param steps    the working, one step (a sentence or a column sum) each, in order
 * @param answer   the final answer ("46 km", "936"), compared whole when scoring
 */
public record Worked(String question, List<String> steps, String answer) {
    /** The word before every final answer: what a scorer looks for in a model's completion. */
    public static final String ANSWER_MARK = "Answer:";

    public Worked {
        if (question.isBlank() || answer.isBlank()) throw new IllegalArgumentException("a worked problem needs a question and an answer");
        steps = List.copyOf(steps);
    }

    /** What the model should write after the question in {@code format}: the steps (or none), then "Answer: ...". */
    public String completion(Format format) {
        String last = ANSWER_MARK + " " + answer;
        return format == Format.STEPS && !steps.isEmpty() ? String.join(" ", steps) + " " + last : last;
    }

    /** The question and its completion as one text, as a worked example in a prompt shows it. */
    public String text(Format format) {
        return question + " " + completion(format);
    }
}
