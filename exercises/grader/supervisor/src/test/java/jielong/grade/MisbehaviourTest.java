package jielong.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jielong.grade.report.Outcome;
import jielong.grade.report.Status;
import jielong.grade.run.ChapterBuild;
import jielong.grade.run.GradingRun;
import jielong.grade.run.GradingSettings;

/** Learner code that loops, exits or hoards memory costs its own test and nothing else. */
class MisbehaviourTest {
    /** This module is exercises/grader/supervisor. */
    static final Path EXERCISES = Path.of("").toAbsolutePath().getParent().getParent();

    /** The fixtures as one chapter of tests, compiled by Maven with this module's tests. */
    static ChapterBuild fixtures() throws IOException {
        Path dir = Path.of("target/test-classes");
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.resolve("jielong/gradefixtures"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes.put(dir.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""), Files.readAllBytes(p));
            }
        }
        return new ChapterBuild("gradefixtures", null, Map.of(), classes, Map.of());
    }

    @Test
    void theGraderSurvivesAndChargesEachTestWithWhatItDid() throws IOException {
        GradingSettings settings = GradingSettings.of(EXERCISES, "all", false)
                .withTestPackage("jielong.gradefixtures").withTimeLimit(Duration.ofSeconds(2)).withHeapMb(64);
        List<Outcome> outcomes = GradingRun.run(settings, List.of(fixtures()));
        Map<String, Outcome> byName = outcomes.stream().collect(Collectors.toMap(o -> o.test().name(), o -> o));
        assertEquals(5, byName.size(), () -> "every test gets an outcome: " + outcomes);

        assertEquals(Status.TIMED_OUT, byName.get("loopsForever").status(), byName.get("loopsForever").toString());
        Outcome exit = byName.get("callsSystemExit");
        assertEquals(Status.CRASHED, exit.status(), exit.toString());
        assertTrue(exit.message().contains("System.exit"), exit.message());
        Outcome hoard = byName.get("allocatesWithoutEnd");
        assertEquals(Status.CRASHED, hoard.status(), hoard.toString());
        assertTrue(hoard.message().contains("out of memory"), hoard.message());

        Outcome thrown = byName.get("throwsFromLearnerCode");
        assertEquals(Status.FAILED, thrown.status());
        assertTrue(thrown.message().startsWith("readPastTheEnd(values): threw ArrayIndexOutOfBoundsException"), thrown.message());
        assertTrue(thrown.message().contains("input: values = [1, 2, 3]"), thrown.message());
        assertTrue(thrown.message().contains("(at Misbehaving.java:"), thrown.message());
        assertFalse(thrown.message().contains("\tat "), "no stack trace: " + thrown.message());

        assertEquals(Status.PASSED, byName.get("passes").status(), "the tests after a crash still run");
    }
}
