package jielong.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import jielong.grade.report.GradeReport;
import jielong.grade.report.Outcome;
import jielong.grade.run.GradingSettings;
import jielong.grade.seal.Seal;

/**
 * The honesty checks, part of {@code mvn verify}: every graded test fails on the untouched stub
 * (a test that passes on a stub gives points for nothing), and the reference solutions earn full
 * marks (a test they fail is wrong, or asks for something the notebook does not). Hidden tests too.
 */
class HonestyTest {
    static final Path EXERCISES = Path.of("").toAbsolutePath();

    @Test
    void everyGradedTestFailsOnTheUntouchedStubs() throws IOException {
        Set<String> untouched = Seal.untouchedStubChapters(EXERCISES);
        // A learner's working copy has filled-in stubs; only untouched chapters can be checked.
        assumeFalse(untouched.isEmpty(), "every chapter's stubs have been edited");
        GradeReport stubs = Grader.grade(GradingSettings.of(EXERCISES, "all", false));
        List<String> defects = new ArrayList<>();
        for (Outcome o : stubs.outcomes()) {
            if (!untouched.contains(o.test().chapter())) continue;
            if (o.passed()) defects.add(o.test().id() + " passes on the stub");
            else if (o.message() == null || !o.message().contains("not implemented yet")) {
                defects.add(o.test().id() + " fails on the stub for another reason: " + o.message());
            }
        }
        assertTrue(defects.isEmpty(), String.join("\n", defects));
        assertEquals(0, stubs.outcomes().stream().filter(o -> untouched.contains(o.test().chapter())).mapToInt(Outcome::earned).sum());
    }

    @Test
    void referenceSolutionsScoreFullMarks() {
        GradeReport solutions = Grader.grade(GradingSettings.of(EXERCISES, "all", true));
        List<String> defects = new ArrayList<>();
        Map<String, Set<Integer>> exercisesByChapter = new TreeMap<>();
        for (Outcome o : solutions.outcomes()) {
            if (!o.passed()) defects.add(o.test().id() + " fails on the reference solution: " + o.message());
            if (o.test().points() <= 0) defects.add(o.test().id() + " has no @Points");
            if (o.test().exercise() <= 0) defects.add(o.test().id() + " has no @Exercise on its class");
            exercisesByChapter.computeIfAbsent(o.test().chapter(), c -> new TreeSet<>()).add(o.test().exercise());
        }
        exercisesByChapter.forEach((chapter, numbers) -> {
            if (numbers.size() < 3) defects.add(chapter + " has only " + numbers.size() + " exercises; each chapter needs at least 3");
        });
        assertTrue(defects.isEmpty(), String.join("\n", defects) + "\n" + solutions);
        assertEquals(solutions.possible(), solutions.earned(), solutions.toString());
        assertTrue(solutions.hiddenPossible() > 0, "the course's example hidden tests are graded too");
    }

    @Test
    void theChecksumsAreUpToDate() throws IOException {
        assertEquals(List.of(), Seal.check(EXERCISES).problems(),
                "graded files changed since they were sealed; a teacher who meant it runs: ./jielong grade --seal");
    }
}
