package jielong.notebook.eval;

/**
 * Where {@code System.exit} calls in cells are sent instead: it refuses to exit.
 * {@link ExitRedirect} rewrites each cell's bytecode to call {@link #exit(int)} here.
 */
public final class CellExit {

    private CellExit() {
    }

    /** Same signature as {@link System#exit(int)}; always throws, so the cell fails and the kernel lives on. */
    public static void exit(int status) {
        throw new ExitRefusedException(status);
    }
}
