package jielong.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jielong.grade.book.Gradebook;
import jielong.grade.report.GradeReport;
import jielong.grade.report.Outcome;
import jielong.grade.report.Status;
import jielong.grade.run.GradingSettings;

/**
 * A teacher's run over three learners' copies: one complete, one with chapter 1 only, one whose
 * chapter 3 does not compile. Hidden tests come from a folder outside the course (chapter 1's
 * only), so the course's own hidden tests of chapter 3 must not count.
 */
class SubmissionsTest {
    @TempDir
    static Path dir;

    static Gradebook book;
    static String progress;
    /** The CSV's cells by learner, then by column name. */
    static Map<String, Map<String, String>> csv = new HashMap<>();

    @BeforeAll
    static void gradeThreeLearners() throws IOException {
        Path submissions = dir.resolve("submissions");
        LearnerCopy.of("src/solutions/java", submissions.resolve("ada-complete/src/main/java"));
        Path partial = LearnerCopy.of("src/main/java", submissions.resolve("ben-partial/src/main/java"));
        LearnerCopy.write(partial, "ch01", "ParameterCount.java", LearnerCopy.solution("ch01", "ParameterCount.java"));
        Path broken = LearnerCopy.of("src/main/java", submissions.resolve("cy-broken/src/main/java"));
        LearnerCopy.write(broken, "ch01", "ParameterCount.java", LearnerCopy.solution("ch01", "ParameterCount.java"));
        String stub = Files.readString(broken.resolve("jielong/exercises/ch03/AttentionByHand.java"));
        LearnerCopy.write(broken, "ch03", "AttentionByHand.java", stub.replaceFirst("// TODO", "int forgotTheSemicolon = 1"));

        Path hidden = dir.resolve("teacher-hidden/jielong/exercises/ch01");
        Files.createDirectories(hidden);
        Files.copy(LearnerCopy.EXERCISES.resolve("src/hidden/java/jielong/exercises/ch01/TotalHiddenTest.java"),
                hidden.resolve("TotalHiddenTest.java"));

        GradingSettings course = GradingSettings.of(LearnerCopy.EXERCISES, "all", false).withHidden(dir.resolve("teacher-hidden"));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        book = Gradebook.grade(course, submissions, dir.resolve("out"), new PrintStream(said, true, StandardCharsets.UTF_8));
        progress = said.toString(StandardCharsets.UTF_8);

        List<String> lines = Files.readAllLines(book.csv());
        List<String> header = Arrays.asList(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", header.size());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), cells[i]);
            csv.put(cells[0], row);
        }
    }

    @Test
    void theGradebookHasEachLearnersPointsPerExercise() throws IOException {
        assertEquals(3, csv.size(), progress);
        Map<String, String> ada = csv.get("ada-complete"), ben = csv.get("ben-partial"), cy = csv.get("cy-broken");
        assertEquals(ada.get("possible"), ada.get("earned"), "the complete copy earns full marks: " + ada);
        assertEquals("2", ben.get("ch01.1"), ben.toString());
        assertEquals("1", ben.get("ch01 hidden"), "the teacher's hidden test counts: " + ben);
        assertEquals("0", ben.get("ch03.1"), ben.toString());
        int ch01 = 0;
        for (Map.Entry<String, String> e : ada.entrySet()) if (e.getKey().startsWith("ch01")) ch01 += Integer.parseInt(e.getValue());
        assertEquals(String.valueOf(ch01), ben.get("earned"), "chapter 1 and nothing else: " + ben);
        assertFalse(ada.containsKey("ch03 hidden"), "the course's own hidden tests were replaced by --hidden: " + ada.keySet());
        assertEquals(ada.get("possible"), ben.get("possible"));

        assertEquals("2", cy.get("ch01.1"), "chapter 1 still grades: " + cy);
        assertEquals("0", cy.get("ch03.1"), cy.toString());
        assertTrue(cy.get("notes").contains("ch03 does not compile: AttentionByHand.java line "), cy.get("notes"));
        assertTrue(progress.contains("cy-broken: score: "), progress);

        String html = Files.readString(book.html());
        assertTrue(html.contains("<table>") && html.contains("ada-complete") && html.contains("does not compile"), html);
        assertTrue(Files.exists(dir.resolve("out/ben-partial/grades.json")));
    }

    @Test
    void aChapterThatDoesNotCompileScoresZeroAloneWithTheCompilersMessage() throws IOException {
        GradeReport cy = Grader.grade(GradingSettings.of(LearnerCopy.EXERCISES, "all", false)
                .withLearner(dir.resolve("submissions/cy-broken/src/main/java")));
        for (Outcome o : cy.outcomes()) {
            String chapter = o.test().chapter();
            if (chapter.equals("ch03")) {
                assertEquals(Status.NOT_COMPILED, o.status(), o.toString());
                assertTrue(o.message().matches("ch03 does not compile: AttentionByHand\\.java line \\d+: ';' expected.*"), o.message());
            } else if (chapter.equals("ch01")) {
                assertTrue(o.passed(), o.toString());
            } else {
                assertTrue(o.message().contains("not implemented yet"), "the other chapters grade as usual: " + o);
            }
        }
        String text = cy.toString();
        assertEquals(1, text.split("ch03 does not compile", -1).length - 1, "the message once: " + text);
        assertTrue(cy.rows().stream().anyMatch(r -> r.id().equals("ch03.1") && r.summary().equals("does not compile")), text);
    }
}
