package jielong.notebook;

import jielong.notebook.display.Output;
import jielong.notebook.display.Renderers;

/**
 * Showing things from a cell: {@code display(chart)} shows a chart, a table or an image where the cell's
 * output goes (Jupyter, a notebook file, or the terminal). Every cell imports these methods.
 */
public final class Display {

    private Display() {
    }

    /** Shows {@code value} now, in the richest format known for its type. */
    public static void display(Object value) {
        Output.sink().display(Renderers.render(value), null);
    }

    /** Shows {@code value} under {@code displayId}, so that {@link #updateDisplay} can replace it later. */
    public static void display(Object value, String displayId) {
        Output.sink().display(Renderers.render(value), displayId);
    }

    /** Replaces the output shown earlier under {@code displayId} with {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        Output.sink().updateDisplay(Renderers.render(value), displayId);
    }
}
