package jielong.course.afterpretraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import jielong.cost.ParameterCount;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course report: twenty claims in order, missing runs said so, lesson 18's numbers from a fixture, Markdown and CSV kept. */
class CourseReportTest {
    @TempDir
    Path dir;

    private static LessonRuns.Found absent(String lesson) {
        return new LessonRuns.Found(lesson, LessonRuns.Status.ABSENT, null, true, "absent: notebooks/" + lesson + ".ipynb is not in this checkout");
    }

    private static Readings withPost(LessonRuns.Found post) {
        return Readings.of(true, absent("06-scaling-laws"), absent("07-emergence"), absent("17-chain-of-thought"), post, absent("19-model-collapse"));
    }

    @Test
    void everyClaimHasARowAndMissingRunsSaySo() {
        List<CourseReport.Row> rows = CourseReport.rows(withPost(absent("18-post-training")));
        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), rows.stream().map(CourseReport.Row::number).toList());
        for (int n : new int[] {3, 4, 17, 18, 19}) {
            CourseReport.Row r = rows.get(n - 1);
            assertEquals("absent", r.status(), r.toString());
            assertTrue(r.measured().contains("is not in this checkout"), r.measured());
        }
        long gpt3 = ParameterCount.of(GptConfig.gpt3()).total();
        assertTrue(rows.get(0).measured().contains(jielong.notebook.Numbers.significant(gpt3 / 1e9, 4) + " billion"), rows.get(0).measured());
        assertEquals("partly measured", rows.get(19).status());
        assertTrue(rows.get(19).measured().contains("0 of 4 curves"), rows.get(19).measured());
    }

    @Test
    void lessonEighteensRowComesFromItsComputeFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("18"));
        Files.writeString(folder.resolve("compute.csv"), CourseCurvesTest.COMPUTE_CSV);
        List<CourseReport.Row> rows = CourseReport.rows(withPost(CourseCurvesTest.found("18-post-training", folder, true)));
        CourseReport.Row post = rows.get(17);
        assertEquals("measured", post.status());
        assertTrue(post.measured().contains("rl-beta-0.1 55.0%") && post.measured().contains("dpo 50.0%")
                && !post.measured().contains("reward-model"), post.measured());
        assertTrue(post.measured().contains("20.0% of the pre-training compute"), post.measured());
        assertTrue(rows.get(19).measured().startsWith("1 of 4 curves"), rows.get(19).measured());
    }

    @Test
    void theReportIsKeptAsMarkdownAndCsv() throws Exception {
        List<CourseReport.Row> rows = List.of(new CourseReport.Row(1, "a \"quoted\" claim", "01-anatomy", "x | y", "01 · table", "computed"));
        Path md = CourseReport.write(rows, dir.resolve("out"));
        String text = Files.readString(md);
        assertTrue(text.contains("| 1 | a \"quoted\" claim | 01-anatomy | x \\| y | 01 · table | computed |"), text);
        List<String> csv = Files.readAllLines(dir.resolve("out").resolve("course-report.csv"));
        assertEquals("number,claim,lesson,measured,where,status", csv.get(0));
        assertEquals("\"1\",\"a \"\"quoted\"\" claim\",\"01-anatomy\",\"x | y\",\"01 · table\",\"computed\"", csv.get(1));
    }
}
