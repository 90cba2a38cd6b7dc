package jielong.course.afterpretraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding another lesson's runs in fixture folders: this mode's, the fast fallback in full mode, missing, absent. */
class LessonRunsTest {
    @TempDir
    Path root;

    private final BiPredicate<Path, Boolean> hasCompute = (folder, fast) -> Files.isRegularFile(folder.resolve("compute.csv"));

    private Path runs() {
        return root.resolve("runs");
    }

    private Path notebooks() {
        return root.resolve("notebooks");
    }

    private void run(String lesson, String mode) throws Exception {
        Path f = runs().resolve(lesson).resolve(mode);
        Files.createDirectories(f);
        Files.writeString(f.resolve("compute.csv"), "stage,flops,metric,value\n");
    }

    @Test
    void thisModesRunIsFoundFirst() throws Exception {
        run("18-post-training", "full");
        run("18-post-training", "fast");
        LessonRuns.Found f = LessonRuns.find(runs(), notebooks(), "18-post-training", false, hasCompute);
        assertEquals(LessonRuns.Status.FOUND, f.status());
        assertEquals(runs().resolve("18-post-training/full"), f.folder());
        assertFalse(f.fast());
    }

    @Test
    void fullModeFallsBackToTheFastRun() throws Exception {
        run("18-post-training", "fast");
        LessonRuns.Found f = LessonRuns.find(runs(), notebooks(), "18-post-training", false, hasCompute);
        assertEquals(LessonRuns.Status.FAST_INSTEAD, f.status());
        assertTrue(f.fast() && f.present());
        // fast mode never reads a full run
        Files.delete(runs().resolve("18-post-training/fast/compute.csv"));
        run("18-post-training", "full");
        assertEquals(LessonRuns.Status.ABSENT, LessonRuns.find(runs(), notebooks(), "18-post-training", true, hasCompute).status());
    }

    @Test
    void aMissingRunIsAbsentWithoutItsNotebookAndToRunWithIt() throws Exception {
        LessonRuns.Found absent = LessonRuns.find(runs(), notebooks(), "18-post-training", true, hasCompute);
        assertEquals(LessonRuns.Status.ABSENT, absent.status());
        assertFalse(absent.present());
        assertNull(absent.folder());
        assertTrue(absent.note().contains("18-post-training.ipynb is not in this checkout"), absent.note());
        Files.createDirectories(notebooks());
        Files.writeString(notebooks().resolve("18-post-training.ipynb"), "{}");
        LessonRuns.Found missing = LessonRuns.find(runs(), notebooks(), "18-post-training", true, hasCompute);
        assertEquals(LessonRuns.Status.FAILED, missing.status()); // findOrRun would run this one now
        assertFalse(missing.present());
    }
}
