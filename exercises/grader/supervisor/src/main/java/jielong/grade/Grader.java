package jielong.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jielong.grade.report.GradeReport;
import jielong.grade.report.Outcome;
import jielong.grade.run.ChapterBuild;
import jielong.grade.run.GradingException;
import jielong.grade.run.GradingRun;
import jielong.grade.run.GradingSettings;
import jielong.grade.seal.Seal;
import jielong.grade.seal.TamperReport;

/**
 * Grades: checks the checksums, compiles each chapter on its own, runs the tests in a grading JVM,
 * and keeps only trusted points.
 */
public final class Grader {
    private Grader() {}

    public static GradeReport grade(GradingSettings settings) {
        TamperReport tamper;
        List<ChapterBuild> chapters;
        try {
            tamper = Seal.check(settings.exercises());
            removeStaleSolutionClasses(settings.exercises());
            chapters = ChapterBuild.prepare(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (chapters.isEmpty()) {
            throw new GradingException("no graded tests match '" + settings.selection()
                    + "': name a chapter such as ch03, an exercise such as ch03.2, or all");
        }
        List<Outcome> outcomes = GradingRun.run(settings, chapters).stream()
                .map(o -> tamper.trusts(o.test().chapter()) ? o
                        : o.untrusted("a graded file of " + o.test().chapter() + " does not match its checksum"))
                .toList();
        if (outcomes.isEmpty()) {
            throw new GradingException("no graded tests match '" + settings.selection()
                    + "': name a chapter such as ch03, an exercise such as ch03.2, or all");
        }
        return new GradeReport(settings.selection(), settings.solutions(), outcomes, tamper);
    }

    /** Builds before this grader compiled the reference solutions to disk; learner code must not find them there. */
    private static void removeStaleSolutionClasses(Path exercises) throws IOException {
        Path stale = exercises.resolve("target/solution-classes");
        if (!Files.exists(stale)) return;
        try (Stream<Path> walk = Files.walk(stale)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
