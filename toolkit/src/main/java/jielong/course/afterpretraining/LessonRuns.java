package jielong.course.afterpretraining;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiPredicate;

import jielong.course.Runs;
import jielong.data.Locations;
import jielong.notebook.Numbers;
import jielong.notebook.ProgressBar;
import jielong.notebook.run.NotebookFile;
import jielong.notebook.run.NotebookProcess;
import jielong.viz.Tables;
import tech.tablesaw.api.Table;

/**
 * Finds the runs another lesson left under {@code runs/<lesson>/<fast|full>/}, and makes them if
 * they are missing: one mechanism for every lesson, its notebook run in fast mode through the
 * course's headless runner in a JVM of its own ({@link NotebookProcess}). In full mode a missing
 * full run falls back to the fast one before anything is run. A lesson whose notebook is not in
 * the checkout is reported absent, never an error.
 */
public final class LessonRuns {
    /** The longest a missing lesson's fast run may take before it is stopped: 20 minutes. */
    public static final Duration LIMIT = Duration.ofMinutes(20);

    private LessonRuns() {}

    /** How a lesson's runs were found. */
    public enum Status {
        /** Its runs of this mode were on disk. */
        FOUND,
        /** Full mode, no full run: its fast run was on disk and is used. */
        FAST_INSTEAD,
        /** Missing: its notebook ran now, in fast mode. */
        RAN_NOW,
        /** Missing, and its notebook ran now but did not leave them (see the log). */
        FAILED,
        /** Missing, and its notebook is not in this checkout. */
        ABSENT
    }

    /**
     * Where one lesson's runs are, and how they got there.
     *
     * @param lesson the lesson's notebook name ({@code 06-scaling-laws})
     * @param status how they were found
     * @param folder the run folder read ({@code runs/06-scaling-laws/fast}); null when absent
     * @param fast   whether that folder holds fast-mode runs (and so fast-mode recipes apply)
     * @param note   what happened, for people
     */
    public record Found(String lesson, Status status, Path folder, boolean fast, String note) {
        /** Whether there is something to read. */
        public boolean present() {
            return status == Status.FOUND || status == Status.FAST_INSTEAD || status == Status.RAN_NOW;
        }

        /** {@code runs/06-scaling-laws/fast}, relative to the checkout, or "—" when absent. */
        public String where() {
            if (folder == null) return "—";
            Path root = Locations.checkout();
            return folder.startsWith(root) ? root.relativize(folder).toString() : folder.toString();
        }
    }

    /**
     * The lesson's runs, without running anything: this mode's, or in full mode the fast ones;
     * {@code complete} says whether a folder holds everything needed (folder, whether it is fast mode's).
     */
    public static Found find(String lesson, boolean fast, BiPredicate<Path, Boolean> complete) {
        Path root = Locations.checkout();
        return find(root.resolve("runs"), root.resolve("notebooks"), lesson, fast, complete);
    }

    /** {@link #find(String, boolean, BiPredicate)} with the {@code runs/} and {@code notebooks/} folders given. */
    public static Found find(Path runs, Path notebooks, String lesson, boolean fast, BiPredicate<Path, Boolean> complete) {
        Path mine = runs.resolve(lesson).resolve(fast ? "fast" : "full");
        if (complete.test(mine, fast)) return new Found(lesson, Status.FOUND, mine, fast, "found");
        if (!fast) {
            Path quick = runs.resolve(lesson).resolve("fast");
            if (complete.test(quick, true)) {
                return new Found(lesson, Status.FAST_INSTEAD, quick, true, "no full run: the fast run is used");
            }
        }
        if (!Files.isRegularFile(notebooks.resolve(lesson + ".ipynb"))) {
            return new Found(lesson, Status.ABSENT, null, fast, "absent: notebooks/" + lesson + ".ipynb is not in this checkout");
        }
        return new Found(lesson, Status.FAILED, null, fast, "not run yet");
    }

    /**
     * The lesson's runs as {@link #find} finds them, or, if they are missing and its notebook is
     * here, made now by running the notebook in fast mode, with a progress bar over its cells;
     * the returned note says what happened.
     */
    public static Found findOrRun(String lesson, boolean fast, BiPredicate<Path, Boolean> complete) {
        Found found = find(lesson, fast, complete);
        if (found.status() != Status.FAILED) return found;
        Path notebook = notebook(lesson);
        Path executed = Runs.lesson(AfterPretrainingLesson.NAME, fast).resolve("lessons").resolve(lesson + ".ipynb");
        Path log = executed.resolveSibling(lesson + ".log");
        int cells = cells(notebook);
        Path shown = Locations.checkout().relativize(log);
        // No printing: the progress bar and the returned note say it all, so a rerun that finds the run shows the same kinds of output.
        ProgressBar bar = ProgressBar.start(lesson + " was missing: its notebook, fast mode, cells", cells);
        NotebookProcess.Result r = NotebookProcess.runFast(notebook, executed, log, Locations.checkout(), LIMIT,
                cell -> bar.update(Math.min(cell, cells), cells));
        bar.update(cells, cells);
        bar.done();
        Path folder = Runs.lesson(lesson, true);
        if (r.ok() && complete.test(folder, true)) {
            return new Found(lesson, Status.RAN_NOW, folder, true, "missing: its notebook ran now in fast mode ("
                    + Numbers.duration(r.seconds()) + "; log in " + shown + ")");
        }
        String why = r.exitCode() == 124 ? "was stopped after " + Numbers.duration(LIMIT.toSeconds())
                : r.ok() ? "ran but left no complete run" : "failed in a cell (exit code " + r.exitCode() + ")";
        return new Found(lesson, Status.FAILED, null, true, "missing: its notebook ran now in fast mode but " + why + "; see " + shown);
    }

    /** What was found, a row per lesson: its status, the folder read and what happened. */
    public static Table table(Found... found) {
        Table t = Tables.table("The runs this lesson reads", "lesson", "status", "folder read", "what happened");
        for (Found f : found) Tables.row(t, f.lesson(), f.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), f.where(), f.note());
        return t;
    }

    /** {@code notebooks/<lesson>.ipynb} in the checkout. */
    public static Path notebook(String lesson) {
        return Locations.checkout().resolve("notebooks").resolve(lesson + ".ipynb");
    }

    private static int cells(Path notebook) {
        try {
            return (int) Math.max(1, NotebookFile.read(notebook).cells().size());
        } catch (java.io.IOException e) {
            return 1;
        }
    }
}
