package jielong.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jielong.model.GptConfig;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A list of runs to train, built as a grid of model shapes by data sizes: every shape trained on
 * every number of tokens. The grid gives L(N) along its last column, L(D) along its last row, and
 * runs of similar compute along its diagonals.
 *
 * @param runs the runs, in the order they are started
 */
public record Sweep(List<RunSpec> runs) {

    public Sweep {
        runs = List.copyOf(runs);
        long distinct = runs.stream().map(RunSpec::id).distinct().count();
        if (distinct != runs.size()) throw new IllegalArgumentException("two runs of the sweep share an id");
    }

    /** Every shape trained on every token count, with one batch size, learning rate and seed. */
    public static Sweep grid(List<GptConfig> shapes, List<Long> tokenCounts, int batchSize, float learningRate, long seed) {
        List<RunSpec> runs = new ArrayList<>();
        for (GptConfig shape : shapes) {
            for (long tokens : tokenCounts) runs.add(RunSpec.of(shape, tokens, batchSize, learningRate, seed));
        }
        return new Sweep(runs);
    }

    /** The runs this shard trains. */
    public Sweep shard(Shard shard) {
        return new Sweep(IntStream.range(0, runs.size()).filter(shard::owns).mapToObj(runs::get).toList());
    }

    /** This sweep and one more run (e.g. the larger run a fit predicts). */
    public Sweep plus(RunSpec run) {
        List<RunSpec> more = new ArrayList<>(runs);
        more.add(run);
        return new Sweep(more);
    }

    /** The plan as a table: each run's parameters N, tokens D, steps and FLOPs C. */
    public Table plan() {
        return Table.create("sweep plan").addColumns(
                StringColumn.create("run", runs.stream().map(RunSpec::id)),
                LongColumn.create("params", runs.stream().mapToLong(RunSpec::parameters).toArray()),
                LongColumn.create("tokens", runs.stream().mapToLong(RunSpec::tokens).toArray()),
                IntColumn.create("steps", runs.stream().mapToInt(RunSpec::steps).toArray()),
                DoubleColumn.create("flops", runs.stream().mapToDouble(RunSpec::flops).toArray()));
    }

    /** Total training FLOPs of every run. */
    public double flops() {
        return runs.stream().mapToDouble(RunSpec::flops).sum();
    }

    /** Number of runs. */
    public int size() {
        return runs.size();
    }
}
