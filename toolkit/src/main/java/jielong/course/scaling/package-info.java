/**
 * Lesson 06 (notebook {@code 06-scaling-laws}): the scaling-law lab's own parts. {@link
 * jielong.course.scaling.ScalingLesson} holds the lesson's data, model shapes, sweeps and results
 * folder; {@link jielong.course.scaling.IsoFlop} and {@link jielong.course.scaling.Frontier} read the
 * results as curves of equal compute and as the best loss per FLOP; {@link
 * jielong.course.scaling.ScalingPlots} and {@link jielong.course.scaling.ScalingTables} show them. The
 * general tools it builds on are elsewhere: sweeps in {@link jielong.experiment}, fits in {@link
 * jielong.fit}, FLOPs in {@link jielong.cost}.
 *
 * <p>References: Kaplan et al. 2020, "Scaling Laws for Neural Language Models"; Hoffmann et al.
 * 2022, "Training Compute-Optimal Large Language Models" (Chinchilla).
 */
package jielong.course.scaling;
