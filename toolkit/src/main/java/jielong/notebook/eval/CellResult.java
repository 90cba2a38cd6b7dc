package jielong.notebook.eval;

import java.time.Duration;

/**
 * What running one cell gave: either a failure, or success with (maybe) the value of its last expression.
 * The value is the real object, so a host can render a chart as an image; {@code hasValue} tells a
 * {@code null} result apart from no result.
 */
public record CellResult(boolean hasValue, Object value, CellError error, Duration elapsed) {

    static CellResult nothing(Duration elapsed) {
        return new CellResult(false, null, null, elapsed);
    }

    static CellResult value(Object value, Duration elapsed) {
        return new CellResult(true, value, null, elapsed);
    }

    static CellResult failed(CellError error, Duration elapsed) {
        return new CellResult(false, null, error, elapsed);
    }

    /** True when the cell ran to its end without an error. */
    public boolean ok() {
        return error == null;
    }
}
