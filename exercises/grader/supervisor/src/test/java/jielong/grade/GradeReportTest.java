package jielong.grade;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jielong.grade.report.GradeReport;
import jielong.grade.report.GradedTest;
import jielong.grade.report.Outcome;
import jielong.grade.report.Status;
import jielong.grade.seal.TamperReport;

/** The report ends with the score, and hidden tests count without giving themselves away. */
class GradeReportTest {
    static final GradedTest SCORES = new GradedTest("A#scores", "ch03", 1, "scaled scores", "scores", 2, false);
    static final GradedTest MASK = new GradedTest("B#mask", "ch03", 2, "causal mask", "mask", 3, false);
    static final GradedTest SECRET = new GradedTest("C#secret", "ch03", 2, "causal mask", "secretName", 4, true);

    static GradeReport report() {
        return new GradeReport("ch03", false, List.of(
                new Outcome(SCORES, Status.PASSED, null, 1),
                new Outcome(MASK, Status.FAILED, "causalSoftmax(s): expected 0.0, got 0.5", 1),
                new Outcome(SECRET, Status.FAILED, "secret message", 1)),
                new TamperReport(List.of(), Set.of(), "abc"));
    }

    @Test
    void textEndsWithTheScoreAndWithholdsHiddenDetails() {
        String text = report().toString();
        assertTrue(text.endsWith("score: 2/9\n"), text);
        assertTrue(text.contains("expected 0.0, got 0.5"), text);
        assertTrue(text.contains("4 of the 9 points come from tests learners do not see"), text);
        assertFalse(text.contains("secret"), text);
    }

    @Test
    void htmlAndJsonWithholdHiddenDetailsToo() {
        assertTrue(report().toHtml().contains("<table>"));
        assertTrue(report().toHtml().contains("score: 2/9"));
        assertFalse(report().toHtml().contains("secret"));
        assertFalse(report().toJson().contains("secret"));
        assertTrue(report().toJson().contains("\"possible\": 4"), report().toJson());
    }
}
