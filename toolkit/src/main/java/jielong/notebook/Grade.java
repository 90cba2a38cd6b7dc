package jielong.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jielong.grading.GraderProcess;

/**
 * Grading from a notebook: {@code Grade.check("ch03")} grades chapter 3 as its sources are now and
 * shows the grade table. The grader runs as a JVM of its own (as {@code ./jielong grade} does),
 * so no class of the grader, JUnit or their libraries enters the notebook's session; the same call
 * works in the toolkit's runner and in Jupyter.
 */
public final class Grade {
    /** The most one test may run, in seconds (as {@code ./jielong grade}). */
    static final int TIME_LIMIT_S = 10;

    private Grade() {}

    /** Grades a chapter ({@code ch03}), an exercise ({@code ch03.2}) or {@code all}. */
    public static GradeTable check(String selection) {
        return run(selection, List.of());
    }

    /** The same for the reference solutions: what full marks look like. */
    public static GradeTable checkSolutions(String selection) {
        return run(selection, List.of("--solutions"));
    }

    private static GradeTable run(String selection, List<String> flags) {
        Path course = GraderProcess.findCourse(Path.of(""));
        if (course == null) {
            throw new IllegalStateException("Grade.check: no course folder (one holding exercises/grader) here or above "
                    + Path.of("").toAbsolutePath() + "; open the notebook from the course's notebooks folder");
        }
        Path exercises = course.resolve("exercises");
        String notBuilt = GraderProcess.notBuilt(exercises);
        if (notBuilt != null) throw new IllegalStateException("Grade.check: " + notBuilt);
        Path out = null;
        try {
            out = Files.createTempDirectory("jielong-grade-");
            Process grader = new ProcessBuilder(GraderProcess.command(exercises, selection, out, TIME_LIMIT_S, flags))
                    .redirectErrorStream(true).start();
            grader.getOutputStream().close();
            String said = new String(grader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = grader.waitFor();
            Path text = out.resolve("grades.txt"), html = out.resolve("grades.html");
            if (status != 0 || !Files.exists(text) || !Files.exists(html)) {
                throw new IllegalStateException("Grade.check: " + said.trim().replaceFirst("^grade: ", ""));
            }
            return new GradeTable(Files.readString(text), Files.readString(html));
        } catch (IOException e) {
            throw new UncheckedIOException("Grade.check could not run the grader: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Grade.check was interrupted", e);
        } finally {
            if (out != null) deleteTree(out);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
