package jielong.notebook.run;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jielong.notebook.Lesson;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderers;
import jielong.notebook.eval.CellError;
import jielong.notebook.eval.CellResult;
import jielong.notebook.eval.Evaluator;

/**
 * Runs a notebook top to bottom with nothing but a JDK: no Python, no Jupyter. The code cells share one
 * fresh {@link Evaluator}, as they would share a kernel; their outputs are stored as nbformat 4 outputs,
 * and the executed notebook and a static HTML page are written. Like nbconvert, the first failing cell ends the run unless errors are
 * allowed or the cell is tagged {@code raises-exception}.
 */
public final class NotebookRunner {

    /**
     * How long a cell may run when neither {@code --timeout} nor the notebook says: two hours, far above
     * any lesson's longest full-mode cell (about 30 minutes on a slow laptop), so that a cell stuck in a
     * loop ends the run instead of hanging it.
     */
    public static final Duration DEFAULT_CELL_TIMEOUT = Duration.ofHours(2);

    /** The notebook metadata that sets its cells' time-out: {@code "jielong": {"cell_timeout_s": 600}}. */
    public static final String TIMEOUT_METADATA = "cell_timeout_s";

    /** The tag that marks a cell meant to fail, as in nbconvert. */
    public static final String RAISES_EXCEPTION = "raises-exception";

    private final Consumer<String> log;

    /** A runner that reports each cell on {@code log}, e.g. {@code System.err::println}. */
    public NotebookRunner(Consumer<String> log) {
        this.log = log;
    }

    /** Runs the notebook at {@code path} and writes what {@code options} asks for. */
    public RunReport run(Path path, RunOptions options) throws IOException {
        NotebookFile notebook = NotebookFile.read(path);
        Duration timeout = options.cellTimeout() != null ? options.cellTimeout() : notebookTimeout(notebook, path);
        long start = System.nanoTime();
        String fastBefore = System.getProperty(Lesson.FAST_PROPERTY);
        if (options.fast()) {
            System.setProperty(Lesson.FAST_PROPERTY, "1");
        }
        List<RunReport.Failure> failures = new ArrayList<>();
        int executionCount = 0;
        try (Evaluator evaluator = new Evaluator(path.toAbsolutePath().getParent())) {
            Map<String, List<JsonObject>> displays = new HashMap<>();
            List<JsonObject> cells = notebook.cells();
            for (int i = 0; i < cells.size(); i++) {
                JsonObject cell = cells.get(i);
                if (!NotebookFile.type(cell).equals("code")) {
                    continue;
                }
                if (!failures.isEmpty() && !options.allowErrors()) {
                    NotebookFile.setOutputs(cell, new JsonArray(), null); // not run: show no stale outputs
                    continue;
                }
                executionCount++;
                CellError error = runCell(evaluator, cell, executionCount, displays, timeout);
                boolean expected = NotebookFile.tags(cell).contains(RAISES_EXCEPTION);
                log.accept(String.format("  cell %d [%d] %s", i + 1, executionCount,
                        error == null ? "ok" : expected ? "failed, as tagged" : "FAILED: " + error.name()));
                if (error != null && !expected) {
                    failures.add(new RunReport.Failure(i + 1, error));
                }
            }
        } finally {
            restoreFast(fastBefore);
        }
        if (options.output() != null) {
            notebook.write(options.output());
        }
        if (options.html() != null) {
            HtmlPage.write(notebook, path.getFileName().toString(), options.html());
        }
        return new RunReport(notebook, executionCount, Duration.ofNanos(System.nanoTime() - start), failures);
    }

    private static CellError runCell(Evaluator evaluator, JsonObject cell, int count,
                                     Map<String, List<JsonObject>> displays, Duration timeout) {
        CellOutputs outputs = new CellOutputs(displays);
        CellResult result = evaluator.eval(NotebookFile.source(cell), count, outputs, timeout);
        CellError error = result.error();
        if (result.ok() && result.hasValue()) {
            try {
                MimeBundle bundle = Renderers.render(result.value());
                outputs.result(bundle, count);
            } catch (RuntimeException e) {
                error = CellError.renderingFailed(e);
            }
        }
        if (error != null) {
            outputs.error(error);
        }
        NotebookFile.setOutputs(cell, outputs.outputs(), count);
        return error;
    }

    /** The time-out the notebook's metadata sets, else {@link #DEFAULT_CELL_TIMEOUT}. */
    static Duration notebookTimeout(NotebookFile notebook, Path path) throws IOException {
        JsonObject metadata = notebook.json().has("metadata") && notebook.json().get("metadata").isJsonObject()
                ? notebook.json().getAsJsonObject("metadata") : new JsonObject();
        if (!metadata.has("jielong") || !metadata.get("jielong").isJsonObject()
                || !metadata.getAsJsonObject("jielong").has(TIMEOUT_METADATA)) {
            return DEFAULT_CELL_TIMEOUT;
        }
        JsonElement value = metadata.getAsJsonObject("jielong").get(TIMEOUT_METADATA);
        double seconds;
        try {
            seconds = value.getAsDouble();
        } catch (RuntimeException notANumber) {
            seconds = -1;
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IOException(path + ": metadata jielong." + TIMEOUT_METADATA + " is " + value
                    + "; give a number of seconds above 0");
        }
        return Duration.ofMillis((long) (seconds * 1000));
    }

    private static void restoreFast(String before) {
        if (before == null) {
            System.clearProperty(Lesson.FAST_PROPERTY);
        } else {
            System.setProperty(Lesson.FAST_PROPERTY, before);
        }
    }
}
