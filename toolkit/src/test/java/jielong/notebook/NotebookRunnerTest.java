package jielong.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jielong.notebook.run.NotebookFile;
import jielong.notebook.run.NotebookRunner;
import jielong.notebook.run.RunOptions;
import jielong.notebook.run.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK-only runner: executed notebooks with every kind of output, failures, and the HTML page. */
class NotebookRunnerTest {

    @TempDir
    Path dir;

    private static String notebook(String... cells) {
        JsonArray array = new JsonArray();
        for (int i = 0; i < cells.length; i++) {
            JsonObject cell = new JsonObject();
            boolean markdown = cells[i].startsWith("# ");
            String source = cells[i].replace("#raises\n", "");
            cell.addProperty("cell_type", markdown ? "markdown" : "code");
            cell.addProperty("id", "c" + i);
            JsonObject metadata = new JsonObject();
            if (cells[i].startsWith("#raises\n")) {
                JsonArray tags = new JsonArray();
                tags.add(NotebookRunner.RAISES_EXCEPTION);
                metadata.add("tags", tags);
            }
            cell.add("metadata", metadata);
            cell.addProperty("source", source);
            if (!markdown) {
                cell.add("outputs", new JsonArray());
                cell.add("execution_count", null);
            }
            array.add(cell);
        }
        JsonObject nb = new JsonObject();
        nb.add("cells", array);
        nb.add("metadata", new JsonObject());
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        return nb.toString();
    }

    private RunReport run(String json, RunOptions options) throws Exception {
        Path path = dir.resolve("test.ipynb");
        Files.writeString(path, json);
        List<String> log = new ArrayList<>();
        return new NotebookRunner(log::add).run(path, options);
    }

    private static JsonArray outputs(RunReport report, int cell) {
        return report.notebook().cells().get(cell).getAsJsonArray("outputs");
    }

    @Test
    void storesStreamsResultsDisplaysAndUpdates() throws Exception {
        Path out = dir.resolve("out/test.ipynb");
        Path html = dir.resolve("out/test.html");
        RunReport report = run(notebook(
                "# A title with `code`",
                "System.out.print(\"a\");\nSystem.out.println(\"b\");\n40 + 2",
                "display(Table.create(\"t\", IntColumn.create(\"n\", 1, 2, 3)));\n"
                        + "display(\"first\", \"status\");\nupdateDisplay(\"status\", \"final\");",
                "var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);\nimage"),
                RunOptions.defaults().withOutput(out, html));
        assertTrue(report.ok());
        assertEquals(3, report.cellsRun());

        JsonArray first = outputs(report, 1);
        assertEquals("stream", first.get(0).getAsJsonObject().get("output_type").getAsString());
        assertEquals("ab\n", first.get(0).getAsJsonObject().get("text").getAsString(), "merged into one stream");
        JsonObject result = first.get(1).getAsJsonObject();
        assertEquals("execute_result", result.get("output_type").getAsString());
        assertEquals("42", result.getAsJsonObject("data").get("text/plain").getAsString());

        JsonArray second = outputs(report, 2);
        assertTrue(second.get(0).getAsJsonObject().getAsJsonObject("data").get("text/html").getAsString()
                .contains("<table"));
        assertEquals("\"final\"", second.get(1).getAsJsonObject().getAsJsonObject("data")
                .get("text/plain").getAsString(), "the update replaced the first display");

        assertTrue(outputs(report, 3).get(0).getAsJsonObject().getAsJsonObject("data").has("image/png"));

        NotebookFile written = NotebookFile.read(out);
        assertEquals(3, written.cells().get(3).get("execution_count").getAsInt());
        String page = Files.readString(html);
        assertTrue(page.contains("<h1>A title with <code>code</code></h1>"), page);
        assertTrue(page.contains("data:image/png;base64,"));
        assertTrue(page.contains("<table"));
    }

    @Test
    void stopsAtTheFirstFailingCellAndNamesIt() throws Exception {
        RunReport report = run(notebook("int x = 1;", "x / 0", "x + 1"), RunOptions.defaults());
        assertFalse(report.ok());
        assertEquals(2, report.failures().get(0).cellNumber());
        assertEquals("java.lang.ArithmeticException", report.failures().get(0).error().name());
        assertEquals("error", outputs(report, 1).get(0).getAsJsonObject().get("output_type").getAsString());
        assertEquals(0, outputs(report, 2).size(), "the cell after the failure did not run");
    }

    @Test
    void taggedCellsMayFailAndAllowErrorsGoesOn() throws Exception {
        assertTrue(run(notebook("#raises\nthrow new IllegalStateException(\"on purpose\");", "1"),
                RunOptions.defaults()).ok());
        RunReport report = run(notebook("1 / 0", "2 + 2"), RunOptions.defaults().withAllowErrors(true));
        assertEquals(1, report.failures().size());
        assertEquals("4", outputs(report, 1).get(0).getAsJsonObject().getAsJsonObject("data")
                .get("text/plain").getAsString());
    }

    @Test
    void fastModeIsVisibleToCells() throws Exception {
        RunReport report = run(notebook("Lesson.fast()"), RunOptions.defaults().withFast(true));
        assertEquals("true", outputs(report, 0).get(0).getAsJsonObject().getAsJsonObject("data")
                .get("text/plain").getAsString());
    }

    @Test
    void aCellThatPrintsALotTakesLinearTimeAndIsCutWithANote() throws Exception {
        // 200,000 lines, 2.4 million characters: stored the old way (a string rebuilt per line) this took minutes.
        long start = System.nanoTime();
        RunReport report = run(notebook("for (int i = 0; i < 200_000; i++) System.out.println(\"line \" + (100_000 + i));"),
                RunOptions.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(report.ok(), () -> report.failures().get(0).error().render());
        JsonArray outputs = outputs(report, 0);
        String kept = outputs.get(0).getAsJsonObject().get("text").getAsString();
        assertEquals(1_000_000, kept.length(), "the first million characters are kept");
        assertTrue(kept.startsWith("line 100000\nline 100001\n"), kept.substring(0, 40));
        String note = outputs.get(outputs.size() - 1).getAsJsonObject().get("text").getAsString();
        assertTrue(note.contains("output truncated: 1,400,000 more characters not shown"), note);
        assertTrue(seconds < 60, "took " + seconds + " s");
    }

    @Test
    void theNotebooksMetadataSetsTheCellTimeOutAndTimeoutOverridesIt() throws Exception {
        JsonObject nb = JsonParser.parseString(notebook("while (true) { Thread.onSpinWait(); }", "1 + 1")).getAsJsonObject();
        JsonObject jielong = new JsonObject();
        jielong.addProperty(NotebookRunner.TIMEOUT_METADATA, 1);
        nb.getAsJsonObject("metadata").add("jielong", jielong);
        long start = System.nanoTime();
        RunReport report = run(nb.toString(), RunOptions.defaults());
        assertFalse(report.ok());
        assertTrue(report.failures().get(0).error().render().contains("1 s"), report.failures().get(0).error().render());
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "the metadata's 1 s time-out stopped the loop");

        RunReport overridden = run(nb.toString().replace("while (true) { Thread.onSpinWait(); }", "Thread.sleep(1500); 7"),
                RunOptions.defaults().withCellTimeout(java.time.Duration.ofSeconds(10)));
        assertTrue(overridden.ok(), "--timeout 10 beats the notebook's 1 s");

        jielong.addProperty(NotebookRunner.TIMEOUT_METADATA, "soon");
        java.io.IOException bad = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> run(nb.toString(), RunOptions.defaults()));
        assertTrue(bad.getMessage().contains("give a number of seconds above 0"), bad.getMessage());
        assertEquals(java.time.Duration.ofHours(2), NotebookRunner.DEFAULT_CELL_TIMEOUT);
    }

    @Test
    void haltInACellFailsThatCellAndTheNotebookIsStillWritten() throws Exception {
        Path out = dir.resolve("halted.ipynb");
        RunReport report = run(notebook("Runtime.getRuntime().halt(9);", "1 + 1"),
                RunOptions.defaults().withAllowErrors(true).withOutput(out, null));
        assertEquals(1, report.failures().size());
        assertEquals("jielong.notebook.eval.ExitRefusedException", report.failures().get(0).error().name());
        assertTrue(Files.readString(out).contains("Runtime.halt(9)"));
    }
}
