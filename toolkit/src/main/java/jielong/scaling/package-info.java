/**
 * The scaling-law lab (lesson 06): sweeps of training runs, their FLOPs, a results table that
 * survives interruptions, and the fits that turn the table into laws.
 *
 * <ul>
 *   <li>Running: {@link jielong.scaling.RunSpec} (one run), {@link jielong.scaling.Sweep} (a list of
 *       runs, splittable into {@link jielong.scaling.Shard}s), {@link jielong.scaling.SweepRunner}
 *       (trains them, writing {@link jielong.scaling.ResultsTable} as each finishes), {@link jielong.scaling.Flops}.</li>
 *   <li>Fitting: {@link jielong.scaling.PowerLaw} for L(N), L(D), L(C); {@link jielong.scaling.ChinchillaLaw}
 *       for L(N, D) and the compute-optimal split; {@link jielong.scaling.Bootstrap} for confidence
 *       intervals; {@link jielong.scaling.IsoFlop} and {@link jielong.scaling.Frontier} for the curves.</li>
 *   <li>Showing: {@link jielong.scaling.ScalingPlots}.</li>
 * </ul>
 *
 * <p>References: Kaplan et al. 2020, "Scaling Laws for Neural Language Models"; Hoffmann et al.
 * 2022, "Training Compute-Optimal Large Language Models" (Chinchilla).
 */
package jielong.scaling;
