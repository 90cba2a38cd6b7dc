package jielong.grade.run;

import jielong.grade.report.GradedTest;
import jielong.grade.report.Status;

/**
 * One message from the grading JVM, as the supervisor reads it off the channel: a test found
 * ({@code plan}), started, ended, the run finished ({@code done}), or could not run ({@code error}).
 */
record Event(String kind, GradedTest test, String id, Status status, String message, long millis) {

    static Event plan(GradedTest test) {
        return new Event("plan", test, test.id(), null, null, 0);
    }

    static Event start(String id) {
        return new Event("start", null, id, null, null, 0);
    }

    static Event end(String id, Status status, String message, long millis) {
        return new Event("end", null, id, status, message, millis);
    }

    static Event done() {
        return new Event("done", null, null, null, null, 0);
    }

    static Event error(String message) {
        return new Event("error", null, null, null, message, 0);
    }

    /** The connection closed: the grading JVM is gone or about to be. */
    static Event closed() {
        return new Event("closed", null, null, null, null, 0);
    }
}
