package jielong.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jielong.grade.report.GradeReport;
import jielong.grade.run.GradingException;
import jielong.grade.run.GradingSettings;
import jielong.grade.seal.Seal;

/**
 * What {@code ./jielong grade} runs (the toolkit's command starts this in its own JVM, since the
 * toolkit cannot depend on the exercises). Prints the table, writes grades.json and grades.md, and
 * exits 0 whatever the grade: the grade is the report, not the exit status.
 *
 * <p>Arguments: {@code EXERCISES_DIR SELECTION OUT_DIR TIME_LIMIT_S [--solutions] [--seal]}.
 */
public final class GradeMain {
    private GradeMain() {}

    public static void main(String[] args) throws IOException {
        Path exercises = Path.of(args[0]);
        String selection = args[1];
        Path out = Path.of(args[2]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[3]));
        boolean solutions = false, seal = false;
        for (int i = 4; i < args.length; i++) {
            solutions |= args[i].equals("--solutions");
            seal |= args[i].equals("--seal");
        }
        if (seal) {
            Seal.write(exercises);
            System.out.println("sealed: " + exercises.resolve(Seal.MANIFEST) + " now lists the graded files as they are");
            System.exit(0);
        }
        try {
            GradeReport report = Grader.grade(GradingSettings.of(exercises, selection, solutions).withTimeLimit(limit));
            Files.createDirectories(out);
            Files.writeString(out.resolve("grades.json"), report.toJson());
            Files.writeString(out.resolve("grades.md"), report.toMarkdown());
            System.out.println("(written: " + out.resolve("grades.md") + " and " + out.resolve("grades.json") + ")\n");
            System.out.print(report); // its last line is the score
            System.exit(0);
        } catch (GradingException e) {
            System.err.println("grade: " + e.getMessage());
            System.exit(2);
        }
    }
}
