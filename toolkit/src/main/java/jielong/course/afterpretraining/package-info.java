/**
 * Lesson 20 (notebook {@code 20-after-pretraining}): where scaling goes next. {@link
 * jielong.course.afterpretraining.LessonRuns} finds the runs lessons 06, 07, 17, 18 and 19 left under
 * {@code runs/} (running a missing one's notebook in fast mode); {@link
 * jielong.course.afterpretraining.CourseCurves} reads them onto one compute axis (the table and the
 * panels are general and live in {@link jielong.experiment.ComputeTable} and {@link
 * jielong.viz.ComputePanels}); {@link jielong.course.afterpretraining.CourseReport} is the course
 * report, a row per claim of the essay; {@link jielong.course.afterpretraining.Published} puts the
 * published figures beside the learner's.
 *
 * <p>References: Kaplan et al. 2020, "Scaling Laws for Neural Language Models"; Hoffmann et al. 2022,
 * "Training Compute-Optimal Large Language Models"; Snell et al. 2024, "Scaling LLM Test-Time Compute
 * Optimally can be More Effective than Scaling Model Parameters"; OpenAI 2024, "Learning to reason with
 * LLMs" (o1); Sutskever, NeurIPS 2024 test-of-time talk.
 */
package jielong.course.afterpretraining;
