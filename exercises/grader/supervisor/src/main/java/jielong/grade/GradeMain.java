package jielong.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jielong.grade.book.Gradebook;
import jielong.grade.report.GradeReport;
import jielong.grade.run.GradingException;
import jielong.grade.run.GradingSettings;
import jielong.grade.seal.Seal;

/**
 * What {@code ./jielong grade} and a notebook's {@code Grade.check} run, in a JVM of its own (the
 * toolkit cannot depend on the grader). Prints the table, writes grades.json, grades.md, grades.html
 * and grades.txt, and exits 0 whatever the grade: the grade is the report, not the exit status.
 *
 * <p>Arguments: {@code EXERCISES_DIR SELECTION OUT_DIR TIME_LIMIT_S [--solutions] [--seal]
 * [--hidden DIR] [--submissions DIR]}.
 */
public final class GradeMain {
    private GradeMain() {}

    public static void main(String[] args) throws IOException {
        Path exercises = Path.of(args[0]);
        String selection = args[1];
        Path out = Path.of(args[2]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[3]));
        boolean solutions = false, seal = false;
        Path hidden = null, submissions = null;
        for (int i = 4; i < args.length; i++) {
            switch (args[i]) {
                case "--solutions" -> solutions = true;
                case "--seal" -> seal = true;
                case "--hidden" -> hidden = Path.of(args[++i]);
                case "--submissions" -> submissions = Path.of(args[++i]);
                default -> {
                    System.err.println("grade: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (seal) {
            Seal.write(exercises);
            System.out.println("sealed: " + exercises.resolve(Seal.MANIFEST) + " now lists the graded files as they are");
            System.exit(0);
        }
        try {
            GradingSettings settings = GradingSettings.of(exercises, selection, solutions).withTimeLimit(limit);
            if (hidden != null) {
                if (!Files.isDirectory(hidden)) throw new GradingException("--hidden " + hidden + " is not a folder of hidden tests' sources");
                settings = settings.withHidden(hidden);
            }
            if (submissions != null) {
                Gradebook book = Gradebook.grade(settings, submissions, out, System.out);
                System.out.println("\ngradebook: " + book.csv() + " and " + book.html());
                System.exit(0);
            }
            GradeReport report = Grader.grade(settings);
            write(report, out);
            System.out.println("(written: " + out.resolve("grades.md") + " and " + out.resolve("grades.json") + ")\n");
            System.out.print(report); // its last line is the score
            System.exit(0);
        } catch (GradingException e) {
            System.err.println("grade: " + e.getMessage());
            System.exit(2);
        }
    }

    /** The report in every form: JSON for programs, Markdown and text for people, HTML for a notebook. */
    public static void write(GradeReport report, Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("grades.json"), report.toJson());
        Files.writeString(out.resolve("grades.md"), report.toMarkdown());
        Files.writeString(out.resolve("grades.html"), report.toHtml());
        Files.writeString(out.resolve("grades.txt"), report.toString());
    }
}
