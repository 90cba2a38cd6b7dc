package jielong.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jielong.notebook.run.NotebookFile;
import jielong.notebook.run.NotebookRunner;
import jielong.notebook.run.RunOptions;
import jielong.notebook.run.RunReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every notebook in {@code notebooks/} runs in fast mode with the JDK-only runner, and its stored
 * outputs hold no errors except in cells tagged {@code raises-exception}. Where Debian's Python
 * nbformat is installed, the executed notebook must also pass {@code nbformat.validate}.
 */
class NotebooksTest {

    private static final Path NOTEBOOKS = Path.of("");
    private static final Path EXECUTED = Path.of("target", "notebooks");

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsInFastMode() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).filter(NotebooksTest::selected).sorted().toList();
        }
        assertTrue(!notebooks.isEmpty(), "no notebooks found in " + NOTEBOOKS.toAbsolutePath());
        return notebooks.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
    }

    /**
     * Whether a notebook is in this run: all of them, or with {@code -Dnotebooks=13-,14-} only those whose
     * file name starts with one of the given prefixes (for working on one lesson; the test command runs all).
     */
    static boolean selected(Path notebook) {
        String only = System.getProperty("notebooks", "").strip();
        if (only.isEmpty()) return true;
        String name = notebook.getFileName().toString();
        for (String prefix : only.split(",")) if (!prefix.isBlank() && name.startsWith(prefix.strip())) return true;
        return false;
    }

    private static void check(Path notebook) throws Exception {
        Path out = EXECUTED.resolve(notebook.getFileName());
        Path html = EXECUTED.resolve(notebook.getFileName().toString().replace(".ipynb", ".html"));
        RunOptions options = RunOptions.defaults().withFast(true).withOutput(out, html)
                .withCellTimeout(Duration.ofMinutes(5)); // a guard against runaway cells; the test command's total time is the budget
        RunReport report = new NotebookRunner(System.out::println).run(notebook, options);
        System.out.printf("%s: %d cells in %.1f s%n", notebook.getFileName(), report.cellsRun(),
                report.elapsed().toMillis() / 1000.0);
        assertTrue(report.ok(), () -> report.failures().get(0).summary() + "\n"
                + report.failures().get(0).error().render());

        for (JsonObject cell : NotebookFile.read(out).cells()) {
            if (!NotebookFile.type(cell).equals("code")
                    || NotebookFile.tags(cell).contains(NotebookRunner.RAISES_EXCEPTION)) {
                continue;
            }
            for (JsonElement output : cell.getAsJsonArray("outputs")) {
                assertTrue(!output.getAsJsonObject().get("output_type").getAsString().equals("error"),
                        () -> "error output in " + NotebookFile.source(cell));
            }
        }
        validateWithNbformat(out);
    }

    private static void validateWithNbformat(Path executed) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3: nbformat check skipped");
        Process check = new ProcessBuilder(python.toString(), "-c",
                "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))",
                executed.toString()).redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes());
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assumeTrue(!said.contains("No module named"), "nbformat not installed: check skipped");
        assertEquals(0, check.exitValue(), said);
    }
}
