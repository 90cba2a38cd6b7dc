package jielong.grade.report;

/**
 * What happened to one graded test.
 *
 * @param test    the test
 * @param status  how it ended
 * @param message for anything but a pass: what was expected and what came back
 * @param millis  how long it ran
 */
public record Outcome(GradedTest test, Status status, String message, long millis) {

    public boolean passed() {
        return status == Status.PASSED;
    }

    /** Points earned: all of the test's points for a pass, none otherwise. */
    public int earned() {
        return passed() ? test.points() : 0;
    }

    /** The same test, marked as not trusted for the given reason. */
    public Outcome untrusted(String reason) {
        return new Outcome(test, Status.UNTRUSTED, reason + " (as run, the test " + status.word + ")", millis);
    }
}
