package jielong.grade.runtime;

/**
 * The messages between the supervisor and the grading JVM, over the one loopback connection the
 * grading JVM opens before any learner class exists. Each is a tag byte and fields written with
 * {@link java.io.DataOutputStream}; the supervisor's {@code GradingChannel} reads the same tags.
 */
final class Wire {
    /** Grading JVM to supervisor: a test found (id, chapter, exercise, title, name, points, hidden). */
    static final byte PLAN = 'P';
    /** A test started (id). */
    static final byte START = 'S';
    /** A test ended (id, passed, message or "", millis). */
    static final byte END = 'E';
    /** Every test ran. */
    static final byte DONE = 'D';
    /** The grading could not run (message). */
    static final byte ERROR = 'X';

    private Wire() {}
}
