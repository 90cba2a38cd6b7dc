package jielong.data;

import java.util.List;

/**
 * A travel word problem with its worked chain of thought. The givens are kept as numbers so the
 * answer can be checked independently: {@code speed1} (in {@code speedUnit}, "km/h" or "m/s") for
 * {@code minutes1}, a second leg at {@code speed2} km/h for {@code minutes2}, or, for kind "time",
 * a {@code distanceKm} to cover. {@code answerValue} is in {@code answerUnit} ("km" or "min").
 */
public record MotionProblem(
        String kind, String language,
        int speed1, String speedUnit, int minutes1, int speed2, int minutes2, int distanceKm,
        String question, List<String> working, String answer, String answerValue, String answerUnit) {

    /** The question, the working step by step, and the answer, as one passage of training text. */
    public String workedText() {
        String then = language.equals("zh") ? "答：" : "Answer: ";
        return question + " " + String.join(" ", working) + " " + then + answer;
    }

    /** The question followed directly by the answer, for training without a chain of thought. */
    public String text() {
        String then = language.equals("zh") ? "答：" : "Answer: ";
        return question + " " + then + answer;
    }

    @Override
    public String toString() {
        return workedText();
    }
}
