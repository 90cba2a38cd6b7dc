package jielong.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsTest {
    @Test
    void lessonFoldersFollowOneRule() {
        Path full = Runs.lesson(Runs.PRETRAINING, false), fast = Runs.lesson(Runs.PRETRAINING, true);
        assertEquals(Path.of("runs", "04-pretraining", "full"), full.getParent().getParent().getParent().relativize(full));
        assertEquals(full.resolveSibling("fast"), fast);
        assertEquals(Path.of("runs", "train"), Runs.command("train"));
    }

    @Test
    void anOldCheckpointIsMovedNotRetrained(@TempDir Path dir) throws Exception {
        Path legacy = dir.resolve("runs/tang-gpt/full/model.ckpt"), target = dir.resolve("runs/04-pretraining/full/model.ckpt");
        Files.createDirectories(legacy.getParent());
        Files.writeString(legacy, "weights");
        assertEquals(target, Runs.adopt(legacy, target));
        assertEquals("weights", Files.readString(target));
        assertFalse(Files.exists(legacy));
        // Once the new file exists, a stale old one is left alone.
        Files.createDirectories(legacy.getParent());
        Files.writeString(legacy, "older");
        Runs.adopt(legacy, target);
        assertEquals("weights", Files.readString(target));
    }
}
