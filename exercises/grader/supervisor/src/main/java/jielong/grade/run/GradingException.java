package jielong.grade.run;

/** The grading itself could not run (nothing built, the grading JVM would not start): not a learner's failure. */
public final class GradingException extends RuntimeException {
    public GradingException(String message) {
        super(message);
    }
}
