package jielong.grade.book;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jielong.grade.GradeMain;
import jielong.grade.Grader;
import jielong.grade.report.ExerciseRow;
import jielong.grade.report.GradeReport;
import jielong.grade.run.GradingException;
import jielong.grade.run.GradingSettings;

/**
 * A teacher's gradebook: every learner's copy in a folder of submissions (one folder each, holding
 * that learner's {@code src/main/java/jielong/exercises/...}) graded against the course's own tests,
 * each in grading JVMs of its own, into one CSV and one HTML page with each exercise's points.
 * Only the learner's sources are taken from a submission; tests, fixtures and the grader come from
 * the course.
 *
 * @param csv  the gradebook as CSV: one row per learner, one column per exercise
 * @param html the same as an HTML page
 */
public record Gradebook(Path csv, Path html) {

    /** One learner's line: their report, or why they could not be graded at all. */
    record Entry(String learner, GradeReport report, String problem) {}

    public static Gradebook grade(GradingSettings course, Path submissions, Path out, PrintStream progress) throws IOException {
        if (!Files.isDirectory(submissions)) {
            throw new GradingException("--submissions " + submissions + " is not a folder (it should hold one folder per learner)");
        }
        List<Path> learners;
        try (Stream<Path> list = Files.list(submissions)) {
            learners = list.filter(Files::isDirectory).sorted().toList();
        }
        if (learners.isEmpty()) throw new GradingException("--submissions " + submissions + " holds no learner folders");
        List<Entry> entries = new ArrayList<>();
        for (Path folder : learners) {
            String name = folder.getFileName().toString();
            Path sources = folder.resolve("src/main/java");
            if (!Files.isDirectory(sources.resolve("jielong/exercises"))) {
                entries.add(new Entry(name, null, "no src/main/java/jielong/exercises in " + folder));
                progress.println(name + ": not graded (no src/main/java/jielong/exercises)");
                continue;
            }
            GradeReport report = Grader.grade(course.withLearner(sources));
            GradeMain.write(report, out.resolve(name));
            entries.add(new Entry(name, report, null));
            progress.println(name + ": " + report.scoreLine());
        }
        Files.createDirectories(out);
        Gradebook book = new Gradebook(out.resolve("gradebook.csv"), out.resolve("gradebook.html"));
        List<String> columns = columns(entries);
        Files.writeString(book.csv, GradebookCsv.of(entries, columns));
        Files.writeString(book.html, GradebookHtml.of(entries, columns, course.selection()));
        return book;
    }

    /** Every exercise any report has, in the order the reports list them. */
    static List<String> columns(List<Entry> entries) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entry e : entries) if (e.report() != null) for (ExerciseRow row : e.report().rows()) ids.add(row.id());
        return new ArrayList<>(ids);
    }

    /** Points by exercise id, "earned/possible". */
    static Map<String, ExerciseRow> rowsById(GradeReport report) {
        Map<String, ExerciseRow> rows = new LinkedHashMap<>();
        for (ExerciseRow row : report.rows()) rows.put(row.id(), row);
        return rows;
    }

    /** What kept points away besides failed tests: compile errors and untrusted files, once each. */
    static String notes(Entry e) {
        if (e.problem() != null) return e.problem();
        Set<String> notes = new LinkedHashSet<>();
        for (ExerciseRow row : e.report().rows()) {
            if (row.summary().equals("does not compile")) notes.add(row.failures().get(0).message());
        }
        notes.addAll(e.report().tamper().problems());
        return String.join("; ", notes);
    }
}
