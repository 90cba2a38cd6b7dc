package jielong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jielong.course.scaling.ScalingLesson;
import jielong.experiment.ResultsTable;
import jielong.experiment.RunSpec;
import jielong.experiment.Shard;
import jielong.experiment.Sweep;
import jielong.experiment.SweepRunner;
import jielong.train.TokenData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./jielong sweep}: trains lesson 06's sweep of models into a folder, resuming where it
 * stopped; with {@code --shard i/n}, only every n-th run, so a batch scheduler can spread it.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Train lesson 06's scaling sweep, one results row per run; rerun to resume.",
            "On many machines: give each job --shard i/n (e.g. i = $SLURM_ARRAY_TASK_ID + 1) and the same",
            "--out on a shared disk, or copy the results-shard-*.csv files into one folder afterwards."})
final class SweepCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: runs/06-scaling-laws/full, or fast/ with --fast, where the notebook looks)")
    Path out;

    @Option(names = "--fast", description = "the notebook's fast-mode sweep (9 tiny runs) instead of the full one")
    boolean fast;

    @Option(names = "--shard", paramLabel = "i/n", description = "train only shard i of n (default: all runs)")
    String shard = "1/1";

    @Option(names = "--runs-at-once", paramLabel = "K",
            description = "runs trained side by side, one engine thread each (default: one per core, ${DEFAULT-VALUE} here; 1 = one run on all cores)")
    int runsAtOnce = Runtime.getRuntime().availableProcessors();

    @Option(names = "--with-larger-run", description = "also train the larger run that lesson 06 predicts")
    boolean withLargerRun;

    @Option(names = "--plan", description = "list the runs and their FLOPs, and train nothing")
    boolean plan;

    @Override
    public Integer call() {
        if (out == null) out = ScalingLesson.folder(fast);
        Sweep sweep = ScalingLesson.sweep(fast);
        if (withLargerRun) sweep = sweep.plus(ScalingLesson.largerRun(fast));
        Shard part = Shard.parse(shard);
        Sweep mine = sweep.shard(part);
        if (plan) {
            for (RunSpec r : mine.runs()) {
                System.out.printf("%-16s N %,9d  D %,10d  steps %,6d  C %.3g FLOPs%n", r.id(), r.parameters(), r.tokens(), r.steps(), r.flops());
            }
            System.out.printf("%d runs, %.3g FLOPs in all%n", mine.size(), mine.flops());
            return 0;
        }
        TokenData all = ScalingLesson.bytes(ScalingLesson.text(fast), ScalingLesson.DATA_BYTES);
        SweepRunner runner = new SweepRunner(out, all.head(ScalingLesson.TRAIN_SHARE), all.tail(ScalingLesson.TRAIN_SHARE))
                .shard(part).runsAtOnce(runsAtOnce)
                .onRunFinished(r -> System.out.printf("%-16s val_loss %.4f  wall %.1f s%n", r.spec().id(), r.valLoss(), r.wallSeconds()));
        long start = System.nanoTime();
        ResultsTable results = runner.run(sweep);
        System.out.printf("shard %s: %d runs in %s, %.1f s%n", part, results.size(), out, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
