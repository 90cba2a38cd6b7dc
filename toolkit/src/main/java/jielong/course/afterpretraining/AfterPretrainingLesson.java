package jielong.course.afterpretraining;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jielong.course.Runs;
import jielong.course.collapse.CollapseRuns;
import jielong.course.emergence.EmergenceLesson;
import jielong.course.reasoning.Format;
import jielong.course.reasoning.ReasoningLesson;
import jielong.experiment.ResultsTable;

/**
 * Lesson 20's settings in one place: its run folder {@code runs/20-after-pretraining/<mode>/}, and
 * the lessons whose runs it reads, each with the test that its folder holds a complete run.
 */
public final class AfterPretrainingLesson {
    /** The notebook's name, and its run folder's. */
    public static final String NAME = "20-after-pretraining";
    /** Lesson 06, the scaling sweep: pre-training loss against compute. */
    public static final String SCALING = Runs.SCALING_LAWS;
    /** Lesson 07, the addition family: exact match against compute. */
    public static final String EMERGENCE = EmergenceLesson.NAME;
    /** Lesson 17, chain of thought: answers with and without written steps against compute. */
    public static final String REASONING = ReasoningLesson.NAME;
    /** Lesson 18, post-training: {@code compute.csv}, a row per measured point of each stage. */
    public static final String POST_TRAINING = "18-post-training";
    /** Lesson 19, model collapse: a file per generational run. */
    public static final String COLLAPSE = CollapseRuns.LESSON;
    /** The three lesson 19 runs this lesson reads. */
    public static final List<String> COLLAPSE_RUNS = List.of("bigram-replace-T1", "bigram-accumulate-T1", "bigram-keep10-T1");

    private AfterPretrainingLesson() {}

    /** {@code runs/20-after-pretraining/full} or {@code .../fast}: the course report goes there. */
    public static Path folder(boolean fast) {
        return Runs.lesson(NAME, fast);
    }

    /** Lesson 06's folder holds at least one finished run of its sweep. */
    public static boolean sweepDone(Path folder, boolean fast) {
        return Files.isDirectory(folder) && ResultsTable.read(folder).size() > 0;
    }

    /** Lesson 07's folder holds every member of that mode's addition family. */
    public static boolean familyDone(Path folder, boolean fast) {
        var recipe = EmergenceLesson.family(fast);
        return recipe.widths().stream().allMatch(w -> Files.isRegularFile(folder.resolve("addition").resolve(recipe.id(w) + ".csv")));
    }

    /** Lesson 17's folder holds both formats' trips and every addition run of that mode's recipes. */
    public static boolean reasoningDone(Path folder, boolean fast) {
        var trips = ReasoningLesson.trips(fast);
        var adding = ReasoningLesson.addition(fast);
        for (Format f : Format.values()) {
            if (!Files.isRegularFile(folder.resolve("trips").resolve(trips.id(f) + ".csv"))) return false;
            for (int size : adding.sizes()) if (!Files.isRegularFile(folder.resolve("addition").resolve(adding.id(f, size) + ".csv"))) return false;
        }
        return true;
    }

    /** Lesson 18's folder holds {@code compute.csv}. */
    public static boolean postTrainingDone(Path folder, boolean fast) {
        return Files.isRegularFile(folder.resolve("compute.csv"));
    }

    /** Lesson 19's folder holds the three bigram runs of {@link #COLLAPSE_RUNS}. */
    public static boolean collapseDone(Path folder, boolean fast) {
        return COLLAPSE_RUNS.stream().allMatch(n -> Files.isRegularFile(folder.resolve(n + ".tsv")));
    }
}
