package jielong.grade.report;

import java.util.List;

import jielong.grade.seal.TamperReport;

/**
 * A grade: every test's outcome, added up by exercise, plus what the checksums said. Its
 * {@code toString()} is the text table the command line prints; {@code toHtml()} is the same for a
 * notebook, whose display shows any object that has that method.
 *
 * @param selection what was graded: all, a chapter or an exercise
 * @param solutions whether the reference solutions were graded instead of the learner's copy
 * @param outcomes  one per test
 * @param tamper    the checksum comparison
 */
public record GradeReport(String selection, boolean solutions, List<Outcome> outcomes, TamperReport tamper) {

    public List<ExerciseRow> rows() {
        return ExerciseRow.of(outcomes);
    }

    public int earned() {
        return outcomes.stream().mapToInt(Outcome::earned).sum();
    }

    public int possible() {
        return outcomes.stream().mapToInt(o -> o.test().points()).sum();
    }

    /** Points that come from hidden tests. */
    public int hiddenPossible() {
        return outcomes.stream().filter(o -> o.test().hidden()).mapToInt(o -> o.test().points()).sum();
    }

    public int hiddenEarned() {
        return outcomes.stream().filter(o -> o.test().hidden()).mapToInt(Outcome::earned).sum();
    }

    /** The last line of every report. */
    public String scoreLine() {
        return "score: " + earned() + "/" + possible();
    }

    /** The table, failures, checksum problems and the score, as plain text. */
    @Override
    public String toString() {
        return TextReport.of(this);
    }

    /** The same as an HTML fragment, for a notebook. */
    public String toHtml() {
        return HtmlReport.of(this);
    }

    /** The same as Markdown, written beside grades.json. */
    public String toMarkdown() {
        return MarkdownReport.of(this);
    }

    /** Machine-readable, for a teacher's spreadsheet. */
    public String toJson() {
        return JsonReport.of(this);
    }
}
