package jielong.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Compiles the kernels, joined exactly as NVRTC sees them, with nvcc for Hopper (sm_90): the
 * syntax, and ptxas's resource report: no register spills and no stack frames in any kernel.
 * Skipped where nvcc is not installed; needs no GPU.
 */
class KernelsCompileTest {
    @Test
    void kernelsCompileWithoutSpills() throws Exception {
        Path nvcc = nvcc();
        assumeTrue(nvcc != null, "nvcc not found (PATH, /usr/local/cuda/bin): kernel compile check skipped");
        Path dir = Files.createTempDirectory("jielong-kernels");
        Path src = dir.resolve("jielong_kernels.cu");
        Files.writeString(src, KernelSource.program());
        Process p = new ProcessBuilder(nvcc.toString(), "-arch=sm_90", "-cubin", "--resource-usage", "-x", "cu",
                "-o", dir.resolve("k.cubin").toString(), src.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "nvcc failed:\n" + out);

        Matcher kernels = Pattern.compile("extern \"C\" __global__ void (?:__launch_bounds__\\(\\d+\\) )?\\s*(\\w+)\\(").matcher(KernelSource.program());
        int n = 0;
        while (kernels.find()) {
            n++;
            assertTrue(out.contains("Compiling entry function '" + kernels.group(1) + "'"), kernels.group(1) + " not compiled:\n" + out);
        }
        assertTrue(n >= 20, "expected every kernel, found " + n);
        Matcher spills = Pattern.compile("(\\d+) bytes stack frame, (\\d+) bytes spill stores").matcher(out);
        while (spills.find()) {
            assertEquals("0", spills.group(2), "a kernel spills registers:\n" + out);
        }
    }

    private static Path nvcc() throws IOException {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/local/cuda/bin").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "nvcc");
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
