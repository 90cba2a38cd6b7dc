package jielong.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compute log survives a round trip through its file, is replaced whole, and refuses what it could not read back. */
class ComputeLogTest {
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryRow() throws IOException {
        ComputeLog log = new ComputeLog().add("pretraining", 1.234e12, "accuracy", 0.5).add("rl-beta-0.1", 3.5e9, "kl", 1.25)
                .add("rl-beta-0.1", 3.5e9, "reward", -0.0625);
        Path csv = dir.resolve("sub/compute.csv");
        log.write(csv);
        assertEquals(ComputeLog.HEADER, Files.readAllLines(csv).get(0));
        assertEquals("pretraining,1.234000e+12,accuracy,0.500000000", Files.readAllLines(csv).get(1));
        assertEquals(log.rows(), ComputeLog.read(csv).rows());
        assertEquals(2, ComputeLog.read(csv).rows().stream().filter(r -> r.stage().equals("rl-beta-0.1")).count());
        assertEquals(List.of(new ComputeLog.Row("rl-beta-0.1", 3.5e9, "kl", 1.25)), log.rows("rl-beta-0.1", "kl"));

        new ComputeLog().add("sft", 1, "accuracy", 1).write(csv); // rewritten whole, nothing of the old file left
        assertEquals(1, ComputeLog.read(csv).rows().size());
        try (var files = Files.list(csv.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left beside it");
        }
    }

    @Test
    void badRowsAndFilesAreRefusedWithAMessage() throws IOException {
        ComputeLog log = new ComputeLog();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> log.add("RL beta", 1, "kl", 0)).getMessage().contains("lower-case"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> log.add("sft", Double.NaN, "kl", 0)).getMessage().contains("FLOPs"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "stage,flops\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComputeLog.read(bad)).getMessage().contains("not a compute log"));
        Files.writeString(bad, ComputeLog.HEADER + "\nsft,x,accuracy,1\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComputeLog.read(bad)).getMessage().contains("line 2"));
    }
}
