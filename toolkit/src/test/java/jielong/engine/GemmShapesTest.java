package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every block shape the matrix kernel can choose, forced one at a time in a JVM of its own (the
 * shape is fixed at class loading), so that learners' CPUs are covered on this one: the Vector
 * API computes a width the CPU lacks in software, with the same results. Each run must match the
 * plain-Java kernel bit for bit at sizes around every block edge, and give the golden
 * fingerprints of {@link KernelGoldenTest} for its width.
 */
class GemmShapesTest {

    /** Runs {@link GemmShapeCheck} with the given JVM options; returns its output lines. */
    static List<String> check(String... jvmOptions) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Xss8m", "-Xmx512m"));
        cmd.addAll(Arrays.asList(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), GemmShapeCheck.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "shape check did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", jvmOptions) + ":\n" + out);
        return out.lines().filter(l -> !l.startsWith("WARNING")).toList();
    }

    private static String line(List<String> out, String key) {
        return out.stream().filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow().substring(key.length() + 1);
    }

    private static String hex(long[] xs) {
        List<Long> l = new ArrayList<>();
        for (long x : xs) l.add(x);
        return l.toString();
    }

    @ParameterizedTest(name = "{0}-bit vectors, {1} rows")
    @CsvSource({"128, 6", "128, 12", "256, 4", "256, 6", "256, 8", "512, 8", "512, 12"})
    void everyBlockShapeGivesThePlainJavaBitsAndTheGoldens(int bits, int rows) throws Exception {
        List<String> out = check("-Djielong.vector.bits=" + bits, "-Djielong.gemm.rows=" + rows);
        int lanes = bits / 32;
        assertEquals(lanes + " " + rows, line(out, "shape").substring(0, line(out, "shape").lastIndexOf(' ')));
        assertTrue(Integer.parseInt(line(out, "checked")) > 1000, "edge sizes checked");
        assertEquals(hex(KernelGoldenTest.GEMM), line(out, "gemm"));
        assertEquals(hex(KernelGoldenTest.OPS.get(lanes)), line(out, "ops"));
        assertEquals(hex(KernelGoldenTest.SMALL.get(lanes)), line(out, "small"));
    }

    @Test
    void sixteenRegistersGetSixRowsAndThirtyTwoGetTwelve() {
        assertEquals(6, VectorShape.rowsFor(16));
        assertEquals(12, VectorShape.rowsFor(32));
    }

    /** An AVX2 laptop, as far as the JIT is concerned: 8-float vectors, 16 registers, so the 6×2 block. */
    @Test
    void avx2CodeGetsTheSixByTwoBlock() throws Exception {
        String arch = System.getProperty("os.arch");
        assumeTrue(arch.equals("amd64") || arch.equals("x86_64"), "x86 only");
        List<String> out = check("-XX:UseAVX=2");
        assumeTrue(line(out, "shape").startsWith("8 "), "this CPU has no AVX2");
        assertEquals("8 6 16", line(out, "shape"));
        assertEquals(hex(KernelGoldenTest.SMALL.get(8)), line(out, "small"));
    }
}
