package jielong.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jielong.notebook.kernel.KernelSpec;
import jielong.notebook.run.NotebookFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel under real Jupyter: installed into a temporary Jupyter path, the tour notebook executed
 * by {@code jupyter nbconvert --execute} in fast mode, its stored outputs checked; then start-up and
 * round-trip times measured. Runs in {@code mvn verify}, after the kernel jar is built; skipped where
 * Debian's Jupyter ({@code /usr/bin/jupyter}) is not installed.
 */
class JupyterKernelIT {

    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    static Path dir;

    @BeforeAll
    static void installKernel() throws Exception {
        assumeTrue(Files.isExecutable(JUPYTER), "no /usr/bin/jupyter: real-Jupyter test skipped");
        KernelSpec.install(Path.of("target"), dir);
    }

    private static Process start(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JUPYTER_PATH", dir.resolve("share/jupyter").toString());
        builder.environment().put("JUPYTER_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("JIELONG_FAST", "1");
        return builder.start();
    }

    private static String finish(Process process, int seconds) throws Exception {
        String said = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), said);
        assertEquals(0, process.exitValue(), said);
        return said;
    }

    @Test
    void nbconvertExecutesTheTourWithRichOutputs() throws Exception {
        Path out = dir.resolve("executed");
        long start = System.nanoTime();
        finish(start(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=" + KernelSpec.NAME, "--ExecutePreprocessor.timeout=600",
                "--output-dir", out.toString(), "../notebooks/00-tour.ipynb"), 900);
        System.out.printf("nbconvert --execute 00-tour.ipynb (fast mode): %.1f s%n", (System.nanoTime() - start) / 1e9);

        boolean png = false;
        boolean htmlTable = false;
        for (JsonObject cell : NotebookFile.read(out.resolve("00-tour.ipynb")).cells()) {
            if (!cell.has("outputs")) {
                continue;
            }
            for (JsonElement output : cell.getAsJsonArray("outputs")) {
                JsonObject data = output.getAsJsonObject().getAsJsonObject("data");
                png |= data != null && data.has("image/png");
                htmlTable |= data != null && data.has("text/html")
                        && NotebookFile.text(data.get("text/html")).contains("<table");
            }
        }
        assertTrue(png, "an image/png output");
        assertTrue(htmlTable, "an HTML table output");
    }

    @Test
    void startUpRoundTripAndInterrupt() throws Exception {
        String said = finish(start(PYTHON.toString(), "../.ci/jupyter-kernel-bench.py"), 300);
        System.out.println(said.lines().filter(l -> !l.contains("WARNING")).reduce("", (a, b) -> a + b + "\n"));
    }
}
