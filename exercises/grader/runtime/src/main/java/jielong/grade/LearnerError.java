package jielong.grade;

/** Describes an exception from learner code in one line: what was thrown and where, without the stack. */
public final class LearnerError {
    /** Stubs throw this, so a learner sees which notebook and exercise to work on. */
    public static final String NOT_IMPLEMENTED = "not implemented yet";

    private LearnerError() {}

    /** Whether the exception is a stub's "not implemented yet". */
    public static boolean isStub(Throwable e) {
        return e instanceof UnsupportedOperationException && e.getMessage() != null
                && e.getMessage().startsWith(NOT_IMPLEMENTED);
    }

    /** "not implemented yet: …" for a stub, otherwise "threw X: message (at File.java:12)". */
    public static String describe(Throwable e) {
        if (isStub(e)) return e.getMessage();
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String hint = e instanceof StackOverflowError ? " (endless recursion?)" : "";
        return "threw " + e.getClass().getSimpleName() + message + hint + where(e);
    }

    /** The first place in exercise code (not the JDK or the toolkit) the exception passed through. */
    static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (isExerciseCode(frame.getClassName()) && frame.getFileName() != null) {
                return " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return "";
    }

    /** Learner code and tests live in jielong.exercises; the grader's own fixtures stand in for them. */
    private static boolean isExerciseCode(String className) {
        return className.startsWith("jielong.exercises.") || className.startsWith("jielong.gradefixtures.");
    }
}
