package jielong.notebook.run;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run a notebook: where to write the executed notebook and its HTML page (either may be null),
 * whether to run in fast mode, whether errors stop the run, and the time-out per cell (null: the
 * notebook's own, from its metadata, else {@link NotebookRunner#DEFAULT_CELL_TIMEOUT}).
 */
public record RunOptions(Path output, Path html, boolean fast, boolean allowErrors, Duration cellTimeout) {

    /** Writes nothing, fast mode off, stops at the first error, the notebook's or the default time-out. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, false, false, null);
    }

    public RunOptions withOutput(Path output, Path html) {
        return new RunOptions(output, html, fast, allowErrors, cellTimeout);
    }

    public RunOptions withFast(boolean fast) {
        return new RunOptions(output, html, fast, allowErrors, cellTimeout);
    }

    public RunOptions withAllowErrors(boolean allowErrors) {
        return new RunOptions(output, html, fast, allowErrors, cellTimeout);
    }

    public RunOptions withCellTimeout(Duration cellTimeout) {
        return new RunOptions(output, html, fast, allowErrors, cellTimeout);
    }
}
