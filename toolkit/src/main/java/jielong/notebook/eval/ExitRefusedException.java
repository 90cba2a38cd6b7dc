package jielong.notebook.eval;

/** Thrown in place of {@code System.exit}: a cell may not stop the whole notebook. */
public final class ExitRefusedException extends SecurityException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an attempted {@code System.exit(status)}. */
    public ExitRefusedException(int status) {
        this("System.exit", status);
    }

    /** For an attempted {@code call(status)}, e.g. {@code Runtime.halt(3)}. */
    public ExitRefusedException(String call, int status) {
        super(call + "(" + status + ") would stop the whole notebook, so the cell stops instead");
    }
}
