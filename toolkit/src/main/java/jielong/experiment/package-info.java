/**
 * Experiments of many training runs, for any lesson that sweeps (scaling, emergence, collapse,
 * quantization): a run ({@link jielong.experiment.RunSpec}: a GPT shape, tokens, batch, learning
 * rate, seed), a list of runs ({@link jielong.experiment.Sweep}, e.g. a grid of shapes by data
 * sizes), split over machines in {@link jielong.experiment.Shard}s, trained by {@link
 * jielong.experiment.SweepRunner} with {@link jielong.experiment.SweepProgress} reports, each result
 * ({@link jielong.experiment.RunResult}) written at once to a {@link jielong.experiment.ResultsTable}
 * that survives interruptions and merges shards. {@link jielong.experiment.ComputeTable} reads what
 * many lessons' runs left into one table of (lesson, curve, FLOPs, metric, value), for curves on one
 * compute axis. {@link jielong.experiment.CurveRun} is one resumable run measured at chosen steps (lessons
 * 07, 14, 17 and 18 use it). Nothing here knows a lesson's data or shapes.
 */
package jielong.experiment;
