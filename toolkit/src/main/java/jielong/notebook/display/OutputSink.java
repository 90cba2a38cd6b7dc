package jielong.notebook.display;

/**
 * Where a running cell's output goes: a Jupyter front end, a notebook file being written, or the terminal.
 * Each host (kernel, runner, console) supplies one; cells never talk to a host directly.
 */
public interface OutputSink {

    /** Text a cell printed; {@code name} is {@code "stdout"} or {@code "stderr"}. */
    void stream(String name, String text);

    /** Shows a new rich output; a non-null {@code displayId} lets later calls update it in place. */
    void display(MimeBundle bundle, String displayId);

    /** Replaces what an earlier {@link #display} with the same {@code displayId} shows. */
    void updateDisplay(MimeBundle bundle, String displayId);

    /** Sends on anything buffered; called when a cell ends and before a display, to keep the order. */
    default void flush() {
    }
}
