package jielong.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.model.KvCache;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** Bandwidth, decode timings and machine facts: sane values, exact sums, clear refusals. */
class MeasurementsTest {
    @Test
    void theMatrixVectorProductOfTheWeightPassIsExact() {
        float[] w = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34};
        int rows = 2, cols = 17; // more columns than one vector holds, and a remainder
        float[] x = {1, -2}, y = new float[cols];
        DecodeSpeed.vectorTimesMatrix(x, w, rows, cols, y);
        for (int j = 0; j < cols; j++) assertEquals(w[j] - 2 * w[cols + j], y[j], 1e-6, "column " + j);
    }

    @Test
    void bandwidthAndDecodeTimesArePositiveAndCountTheRightBytes() {
        MemoryBandwidth b = MemoryBandwidth.measure(3 * 4096, 1);
        assertEquals(3 * 4096, b.workingSetBytes());
        assertTrue(b.copyBytesPerSecond() > 1e8 && b.triadBytesPerSecond() > 1e8, b.toString()); // 0.1 GB/s: any machine does more
        Gpt model = new Gpt(GptConfig.tiny(20), 1);
        double cached = DecodeSpeed.cached(model, 4, 2, 1), uncached = DecodeSpeed.uncached(model, 8, 1), pass = DecodeSpeed.weightPass(model, 1);
        // Which is faster depends on the JIT and on other work on the machine, so only sanity is asserted:
        // positive, finite, and under a second for a model of 30 thousand parameters.
        for (double s : new double[] {cached, uncached, pass}) assertTrue(s > 0 && s < 1, cached + " " + uncached + " " + pass);
    }

    @Test
    void badMeasurementsAreRefused() {
        Gpt model = new Gpt(GptConfig.tiny(20), 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DecodeSpeed.cached(model, 15, 4, 1)).getMessage().contains("context of 16"));
        assertThrows(IllegalArgumentException.class, () -> DecodeSpeed.uncached(model, 17, 1));
        assertThrows(IllegalArgumentException.class, () -> DecodeSpeed.weightPass(model, 0));
        assertThrows(IllegalArgumentException.class, () -> MemoryBandwidth.measure(10, 1));
    }

    @Test
    void theKvCacheHoldsWhatTheFormulaSays() {
        GptConfig c = new GptConfig(50, 40, 3, 2, 24, 0f);
        assertEquals(Memory.kvCache(c, 40, 1, Precision.FP32), new KvCache(c).bytes());
        assertEquals(2L * 3 * 40 * 24 * 4, new KvCache(c).bytes());
    }

    @Test
    void cachesAreReadFromLinuxsLayout(@TempDir Path dir) throws Exception {
        write(dir.resolve("index0"), "1", "Data", "48K", "0");
        write(dir.resolve("index1"), "1", "Instruction", "32K", "0");
        write(dir.resolve("index2"), "2", "Unified", "2048K", "0");
        write(dir.resolve("index3"), "3", "Unified", "300M", "0-3,8");
        List<Machine.Cache> caches = Machine.caches(dir);
        assertEquals(List.of(new Machine.Cache(1, 49_152, 1), new Machine.Cache(2, 2_097_152, 1), new Machine.Cache(3, 314_572_800, 5)), caches);
        assertEquals(List.of(), Machine.caches(dir.resolve("missing")));
        String line = new Machine("A CPU", 2, caches, 1.5).describe();
        assertTrue(line.startsWith("A CPU, 2 cores; L1 49.15 kB, L2 2.097 MB, L3 314.6 MB (shared by 5)"), line);
    }

    private static void write(Path d, String level, String type, String size, String shared) throws Exception {
        Files.createDirectories(d);
        Files.writeString(d.resolve("level"), level + "\n");
        Files.writeString(d.resolve("type"), type + "\n");
        Files.writeString(d.resolve("size"), size + "\n");
        Files.writeString(d.resolve("shared_cpu_list"), shared + "\n");
    }
}
