package jielong.grade.report;

/** How a graded test ended. Only {@link #PASSED} earns points. */
public enum Status {
    PASSED("passed"),
    FAILED("failed"),
    /** Ran past its time limit; the grading JVM was stopped and started again for the other tests. */
    TIMED_OUT("timed out"),
    /** The grading JVM died during the test: System.exit, running out of memory, or a crash. */
    CRASHED("crashed"),
    /** The chapter's code did not compile (or the tests did not compile against it): the test was counted, not run. */
    NOT_COMPILED("does not compile"),
    /** A graded file of its chapter does not match its checksum, so no result of the chapter is trusted. */
    UNTRUSTED("not trusted");

    /** The word shown in reports. */
    public final String word;

    Status(String word) {
        this.word = word;
    }
}
