package jielong.grade.runtime;

import jielong.grade.LearnerError;

/**
 * The message of a failed test, for a learner. A graded test normally fails through
 * {@link jielong.grade.Case}, whose message is already complete; anything else is summed up in one
 * line with where it happened, because a stack trace into JUnit helps nobody learn attention.
 */
final class FailureText {
    /** Messages are cut here: a report row, not a dump. */
    static final int MAX_LENGTH = 800;

    private FailureText() {}

    static String of(Throwable t) {
        String text;
        if (t instanceof AssertionError && t.getMessage() != null) {
            text = t.getMessage();
        } else if (t instanceof AssertionError) {
            text = "assertion failed" + LearnerError.describe(t).replaceFirst("^threw AssertionError", "");
        } else {
            text = LearnerError.describe(t);
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + " …" : text;
    }
}
