package jielong.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import jielong.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * On a machine without an NVIDIA driver: loading the backend's classes touches no native
 * library, and asking for the GPU fails with a message that says what is missing.
 */
class BindingsTest {
    private static boolean driverPresent() {
        for (String d : new String[] {"/usr/lib/x86_64-linux-gnu", "/usr/local/nvidia/lib64", "/usr/lib64", "/usr/lib/wsl/lib"}) {
            if (Files.exists(Path.of(d, "libcuda.so.1"))) return true;
        }
        return false;
    }

    @Test
    void classesLoadWithoutTheDriver() throws Exception {
        Class.forName("jielong.gpu.CudaBackend", true, getClass().getClassLoader());
        assertTrue(KernelSource.program().contains("layernorm_fwd"));
    }

    @Test
    void openingWithoutADriverSaysWhatIsMissing() {
        assumeFalse(driverPresent(), "this machine has an NVIDIA driver");
        CudaException e = assertThrows(CudaException.class, CudaBackend::open);
        assertTrue(e.getMessage().contains("libcuda.so.1"), e.getMessage());
        assertTrue(e.getMessage().contains("nvidia-smi"), e.getMessage());
    }

    @Test
    void commandLineReportsTheMissingGpuInOneLine() {
        assumeFalse(driverPresent(), "this machine has an NVIDIA driver");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("bench", "train", "--device", "cuda", "--iters", "1");
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("jielong: --device cuda: The NVIDIA driver library (libcuda.so.1) was not found"), err.toString());
    }
}
