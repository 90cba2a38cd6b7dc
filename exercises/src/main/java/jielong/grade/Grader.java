package jielong.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jielong.grade.report.GradeReport;
import jielong.grade.report.Outcome;
import jielong.grade.run.GradingException;
import jielong.grade.run.GradingRun;
import jielong.grade.run.GradingSettings;
import jielong.grade.seal.Seal;
import jielong.grade.seal.TamperReport;

/** Grades: checks the checksums, runs the tests in a grading JVM, and keeps only trusted points. */
public final class Grader {
    private Grader() {}

    public static GradeReport grade(GradingSettings settings) {
        TamperReport tamper;
        try {
            tamper = Seal.check(settings.exercises());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Outcome> outcomes = GradingRun.run(settings).stream()
                .map(o -> tamper.trusts(o.test().chapter()) ? o
                        : o.untrusted("a graded file of " + o.test().chapter() + " does not match its checksum"))
                .toList();
        if (outcomes.isEmpty()) {
            throw new GradingException("no graded tests match '" + settings.selection()
                    + "': name a chapter such as ch03, an exercise such as ch03.2, or all");
        }
        return new GradeReport(settings.selection(), settings.solutions(), outcomes, tamper);
    }
}
