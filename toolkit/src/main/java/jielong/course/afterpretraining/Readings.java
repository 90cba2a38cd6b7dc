package jielong.course.afterpretraining;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jielong.experiment.ComputeTable;

/**
 * Everything lesson 20 read from the other lessons' runs: where each was found, and its numbers on
 * the compute axis (empty tables for a lesson whose runs are missing).
 *
 * @param fast      whether this is a fast-mode run of lesson 20
 * @param sweep     lesson 06's runs
 * @param family    lesson 07's runs
 * @param reasoning lesson 17's runs
 * @param post      lesson 18's runs
 * @param collapse  lesson 19's runs
 * @param pre       lesson 06's points
 * @param emergence lesson 07's points
 * @param steps     lesson 17's points
 * @param stages    lesson 18's points, post-training moved on top of pre-training
 * @param regimes   lesson 19's generations by run name (empty when missing)
 */
public record Readings(boolean fast, LessonRuns.Found sweep, LessonRuns.Found family, LessonRuns.Found reasoning,
                       LessonRuns.Found post, LessonRuns.Found collapse, ComputeTable pre, ComputeTable emergence,
                       ComputeTable steps, ComputeTable stages, Map<String, List<Map<String, Double>>> regimes) {

    /** Reads what each lesson's found runs hold. */
    public static Readings of(boolean fast, LessonRuns.Found sweep, LessonRuns.Found family, LessonRuns.Found reasoning,
                              LessonRuns.Found post, LessonRuns.Found collapse) {
        Map<String, List<Map<String, Double>>> regimes = new LinkedHashMap<>();
        if (collapse.present()) {
            for (String run : AfterPretrainingLesson.COLLAPSE_RUNS) regimes.put(run, CollapseFile.read(collapse.folder().resolve(run + ".tsv")));
        }
        return new Readings(fast, sweep, family, reasoning, post, collapse, CourseCurves.pretraining(sweep),
                CourseCurves.emergence(family), CourseCurves.reasoning(reasoning), CourseCurves.postTraining(post), regimes);
    }

    /** The lessons in the order of the compute panels: 06, 07, 17, 18. */
    public LessonRuns.Found[] panels() {
        return new LessonRuns.Found[] {sweep, family, reasoning, post};
    }

    /** Every lesson's points in one table, as written to {@code compute.csv}. */
    public ComputeTable all() {
        return pre.plus(emergence).plus(steps).plus(stages);
    }
}
