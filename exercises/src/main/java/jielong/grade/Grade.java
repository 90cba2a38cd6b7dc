package jielong.grade;

import java.net.URISyntaxException;
import java.nio.file.Path;

import jielong.grade.report.GradeReport;
import jielong.grade.run.GradingSettings;

/**
 * Grading from a notebook: {@code Grade.check("ch03")} runs chapter 3's graded tests and returns
 * the grade, which the notebook shows as an HTML table. The learner's code is graded as last built;
 * {@code ./jielong} rebuilds it when a source file changes.
 */
public final class Grade {
    private Grade() {}

    /** Grades a chapter ({@code ch03}), an exercise ({@code ch03.2}) or {@code all}. */
    public static GradeReport check(String selection) {
        return Grader.grade(GradingSettings.of(exercisesFolder(), selection, false));
    }

    /** The same for the reference solutions: what full marks look like. */
    public static GradeReport checkSolutions(String selection) {
        return Grader.grade(GradingSettings.of(exercisesFolder(), selection, true));
    }

    /** The exercises module this class was built in: .../exercises/target/classes → .../exercises. */
    static Path exercisesFolder() {
        try {
            Path classes = Path.of(Grade.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the exercises are: " + e.getMessage(), e);
        }
    }
}
