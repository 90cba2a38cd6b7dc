package jielong.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jielong.notebook.kernel.KernelSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel under real Jupyter: installed into a temporary Jupyter path, then start-up, round-trip and
 * interrupt measured. (Every notebook runs through the kernel in the notebooks module's
 * {@code JupyterNotebooksIT}.) Runs in {@code mvn verify}, after the kernel jar is built; skipped where
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
    void startUpRoundTripAndInterrupt() throws Exception {
        String said = finish(start(PYTHON.toString(), "../.ci/jupyter-kernel-bench.py"), 300);
        System.out.println(said.lines().filter(l -> !l.contains("WARNING")).reduce("", (a, b) -> a + b + "\n"));
    }
}
