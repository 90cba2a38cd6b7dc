package jielong.notebook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another notebook run in fast mode in its own JVM: outputs written, cells reported, a failing cell's exit code, a missing file refused. */
class NotebookProcessTest {
    @TempDir
    Path dir;

    private Path notebook(String name, String code) throws Exception {
        String cell = "{\"cell_type\":\"code\",\"metadata\":{},\"execution_count\":null,\"outputs\":[],\"source\":[\"" + code + "\"]}";
        return Files.writeString(dir.resolve(name), "{\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{},\"cells\":["
                + "{\"cell_type\":\"markdown\",\"metadata\":{},\"source\":[\"# t\"]}," + cell + "]}");
    }

    @Test
    void aNotebookRunsInItsOwnJvmInFastMode() throws Exception {
        Path nb = notebook("ok.ipynb", "System.out.println(6 * 7 + \\\" \\\" + jielong.notebook.Lesson.fast());");
        List<Integer> cells = new ArrayList<>();
        NotebookProcess.Result r = NotebookProcess.runFast(nb, dir.resolve("out/ok.ipynb"), dir.resolve("out/ok.log"), dir,
                Duration.ofMinutes(3), cells::add);
        assertTrue(r.ok(), () -> "exit " + r.exitCode() + ": " + read(r.log()));
        assertTrue(Files.readString(dir.resolve("out/ok.ipynb")).contains("42 true"));
        assertTrue(Files.exists(dir.resolve("out/ok.html")));
        assertEquals(List.of(2), cells); // the runner counts cells from 1, markdown included
    }

    @Test
    void aFailingCellGivesANonZeroExitAndTheLogSaysWhy() throws Exception {
        Path nb = notebook("bad.ipynb", "throw new IllegalStateException(\\\"on purpose\\\");");
        NotebookProcess.Result r = NotebookProcess.runFast(nb, dir.resolve("bad-out.ipynb"), dir.resolve("bad.log"), dir, Duration.ofMinutes(3), null);
        assertFalse(r.ok());
        assertTrue(read(r.log()).contains("on purpose"), read(r.log()));
        assertThrows(IllegalArgumentException.class, () -> NotebookProcess.runFast(dir.resolve("none.ipynb"), dir.resolve("x.ipynb"),
                dir.resolve("x.log"), dir, Duration.ofMinutes(1), null));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
