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

    /** Where {@code Runtime.getRuntime().exit(status)} in a cell goes: refused like {@link #exit(int)}. */
    public static void runtimeExit(Runtime runtime, int status) {
        throw new ExitRefusedException("Runtime.exit", status);
    }

    /** Where {@code Runtime.getRuntime().halt(status)} in a cell goes: refused, so the kernel or runner lives on. */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw new ExitRefusedException("Runtime.halt", status);
    }
}
