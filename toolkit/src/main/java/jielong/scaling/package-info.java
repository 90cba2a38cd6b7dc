/**
 * The scaling-law lab (lesson 06): sweeps of training runs, their FLOPs, a results table that
 * survives interruptions, and the fits that turn the table into laws.
 *
 * <ul>
 *   <li>Running: {@link jielong.experiment.RunSpec} (one run), {@link jielong.experiment.Sweep} (a list of
 *       runs, splittable into {@link jielong.experiment.Shard}s), {@link jielong.experiment.SweepRunner}
 *       (trains them, writing {@link jielong.experiment.ResultsTable} as each finishes), {@link jielong.cost.Flops}.</li>
 *   <li>Fitting: {@link jielong.fit.PowerLaw} for L(N), L(D), L(C); {@link jielong.fit.ChinchillaLaw}
 *       for L(N, D) and the compute-optimal split; {@link jielong.fit.Bootstrap} for confidence
 *       intervals; {@link jielong.course.scaling.IsoFlop} and {@link jielong.course.scaling.Frontier} for the curves.</li>
 *   <li>Showing: {@link jielong.course.scaling.ScalingPlots}.</li>
 * </ul>
 *
 * <p>References: Kaplan et al. 2020, "Scaling Laws for Neural Language Models"; Hoffmann et al.
 * 2022, "Training Compute-Optimal Large Language Models" (Chinchilla).
 */
package jielong.scaling;

import jielong.cost.Flops;
import jielong.course.scaling.Frontier;
import jielong.course.scaling.IsoFlop;
import jielong.course.scaling.ScalingPlots;
import jielong.experiment.ResultsTable;
import jielong.experiment.RunSpec;
import jielong.experiment.Shard;
import jielong.experiment.Sweep;
import jielong.experiment.SweepRunner;
import jielong.fit.Bootstrap;
import jielong.fit.ChinchillaLaw;
import jielong.fit.PowerLaw;
