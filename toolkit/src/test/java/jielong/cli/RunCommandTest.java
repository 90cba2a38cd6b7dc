package jielong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./jielong run}: writes what it is asked to, and fails naming the cell that failed. */
class RunCommandTest {

    @TempDir
    Path dir;

    private static String notebook(String... sources) {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < sources.length; i++) {
            cells.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"id\": \"c").append(i)
                    .append("\", \"metadata\": {}, \"execution_count\": null, \"outputs\": [], \"source\": \"")
                    .append(sources[i]).append("\"}");
        }
        return "{\"cells\": [" + cells + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
    }

    private int run(ByteArrayOutputStream err, String... args) {
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.commandLine().execute(args);
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void writesTheExecutedNotebookAndPage() throws Exception {
        Path nb = dir.resolve("ok.ipynb");
        Files.writeString(nb, notebook("Lesson.fast()"));
        Path out = dir.resolve("out.ipynb");
        Path html = dir.resolve("out.html");
        int code = run(new ByteArrayOutputStream(), "run", nb.toString(), "--fast", "--out", out.toString(),
                "--html", html.toString());
        assertEquals(0, code);
        assertTrue(Files.readString(out).contains("\"text/plain\": \"true\""), Files.readString(out));
        assertTrue(Files.readString(html).contains("<!DOCTYPE html>"));
    }

    @Test
    void failsNamingTheCell() throws Exception {
        Path nb = dir.resolve("bad.ipynb");
        Files.writeString(nb, notebook("1 + 1", "Integer.parseInt(\\\"x\\\")"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "run", nb.toString(), "--out", dir.resolve("o.ipynb").toString(),
                "--html", dir.resolve("o.html").toString());
        assertEquals(1, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("cell 2: java.lang.NumberFormatException"), said);
    }
}
