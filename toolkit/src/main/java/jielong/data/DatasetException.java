package jielong.data;

/** A dataset could not be prepared or failed its checks; the message says what to run next. */
public class DatasetException extends RuntimeException {
    /** Creates the exception with a message meant for the learner, not just the developer. */
    public DatasetException(String message) {
        super(message);
    }

    /** Creates the exception keeping the low-level cause for the stack trace. */
    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
