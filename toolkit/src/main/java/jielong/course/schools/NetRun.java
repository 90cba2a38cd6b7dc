package jielong.course.schools;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import jielong.experiment.CurveRun;
import jielong.train.Progress;
import jielong.train.TrainConfig;

/**
 * The network's learning curve against the number of examples: one {@link MoveNet} per training
 * size, each trained for the same number of steps on the first n positions of the pool, measured
 * at the end on those positions and on the held-out ones. Each run is kept as {@code net-n<n>.csv}
 * and {@code .ckpt}; a finished run is loaded.
 */
public final class NetRun {
    /** Columns of a run's measurement. */
    public static final List<String> COLUMNS = List.of("train_accuracy", "test_accuracy", "illegal_rate");

    private NetRun() {}

    /**
     * One trained network and what it scored.
     *
     * @param examples       positions it was trained on
     * @param net            the network, trained
     * @param trainAccuracy  share of its training positions where it plays a perfect move
     * @param testAccuracy   the same on held-out positions
     * @param illegalRate    share of held-out positions where its unguided choice is an occupied square
     */
    public record Point(int examples, MoveNet net, double trainAccuracy, double testAccuracy, double illegalRate) {}

    /** Trains (or loads) a network on the first {@code n} positions of the pool. */
    public static Point trainOrLoad(Path folder, MoveData data, int n, int[] hidden, TrainConfig config, Consumer<Progress> onStep) {
        MoveNet net = new MoveNet(hidden, config.seed());
        List<MoveData.Example> train = data.train(n);
        CurveRun.Curve c = CurveRun.run(folder, "net-n" + n, net.net, net.loss(), MoveNet.batches(train), config,
                new int[] {config.iters()}, COLUMNS,
                step -> new double[] {net.accuracy(train), net.accuracy(data.test()), net.illegalRate(data.test())}, onStep);
        return new Point(n, net, c.last("train_accuracy"), c.last("test_accuracy"), c.last("illegal_rate"));
    }
}
