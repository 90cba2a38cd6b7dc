package jielong.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jielong.grade.report.Outcome;
import jielong.grade.report.Status;
import jielong.grade.run.GradingRun;
import jielong.grade.run.GradingSettings;

/** Learner code that loops, exits or hoards memory costs its own test and nothing else. */
class MisbehaviourTest {
    @Test
    void theGraderSurvivesAndChargesEachTestWithWhatItDid() {
        GradingSettings settings = GradingSettings.of(Path.of("").toAbsolutePath(), "all", false)
                .withTestPackage("jielong.gradefixtures").withTimeLimit(Duration.ofSeconds(2)).withHeapMb(64);
        List<Outcome> outcomes = GradingRun.run(settings);
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
