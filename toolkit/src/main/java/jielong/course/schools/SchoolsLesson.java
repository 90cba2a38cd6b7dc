package jielong.course.schools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jielong.course.Runs;
import jielong.notebook.ProgressBar;
import jielong.train.TrainConfig;

/**
 * Lesson 14's sizes and runs in one place: the network's shape, training sizes and steps, the
 * Q-learning runs' episodes, for full and fast mode, all under {@code runs/14-three-schools/<mode>/}.
 */
public final class SchoolsLesson {
    /** The notebook's name, its run folder's. */
    public static final String LESSON = "14-three-schools";
    /** The seed every experiment starts from. */
    public static final long SEED = 14;
    /** Hidden widths of the move network. */
    public static final int[] HIDDEN = {128, 128};

    private SchoolsLesson() {}

    /** {@code runs/14-three-schools/<fast|full>/}. */
    public static Path folder(boolean fast) {
        return Runs.lesson(LESSON, fast);
    }

    /** The labelled positions, a fifth held out. */
    public static MoveData data() {
        return new MoveData(0.2, SEED);
    }

    /** Training sizes for the network's learning curve: up to the whole pool (3,616 positions). */
    public static int[] trainingSizes(boolean fast, int pool) {
        int[] sizes = fast ? new int[] {30, 300, pool} : new int[] {30, 100, 300, 1000, 2000, pool};
        return sizes;
    }

    /** How each network trains: AdamW, batches of 64, a fixed number of steps whatever the data size. */
    public static TrainConfig netTraining(boolean fast) {
        return TrainConfig.defaults().withIters(fast ? 1500 : 4000).withBatchSize(64).withLearningRate(3e-3f)
                .withWarmup(100).withEval(0, 1).withCheckpointEvery(0).withSeed(SEED);
    }

    /** Q-learning episodes per run (each side half of them). */
    public static int qEpisodes(boolean fast) {
        return fast ? 40_000 : 200_000;
    }

    /** Episodes between two measurements of a Q-learning run. */
    public static int qEvery(boolean fast) {
        return fast ? 4_000 : 10_000;
    }

    /** Games a side against a random player at each measurement (a tenth as many against minimax). */
    public static int qGames(boolean fast) {
        return fast ? 500 : 2_000;
    }

    /** The network's learning curve, one point per training size, with a progress bar. */
    public static List<NetRun.Point> netCurve(MoveData data, boolean fast) {
        int[] sizes = trainingSizes(fast, data.pool().size());
        TrainConfig config = netTraining(fast);
        boolean trained = java.util.Arrays.stream(sizes).allMatch(n -> java.nio.file.Files.exists(folder(fast).resolve("net-n" + n + ".ckpt")));
        if (trained) System.out.println("networks loaded from " + folder(fast) + " (delete it to train them again)");
        ProgressBar bar = trained ? null : ProgressBar.start("networks", (long) sizes.length * config.iters());
        List<NetRun.Point> points = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            long done = (long) i * config.iters();
            points.add(NetRun.trainOrLoad(folder(fast), data, sizes[i], HIDDEN, config,
                    p -> { if (bar != null) bar.update(done + p.step(), (long) sizes.length * config.iters(), p.loss(), p.tokensPerSecond(), Double.NaN); }));
        }
        if (bar != null) bar.done();
        return points;
    }

    /** A Q-learning run against {@code opponent}, named {@code id}, with a progress bar. */
    public static QRun.Result qRun(String id, jielong.games.Player opponent, boolean fast) {
        int episodes = qEpisodes(fast);
        boolean trained = java.nio.file.Files.exists(folder(fast).resolve(id + ".qtable"));
        if (trained) System.out.println(id + " loaded from " + folder(fast) + " (delete " + id + ".qtable to train it again)");
        ProgressBar bar = trained ? null : ProgressBar.start("Q-learning " + id, episodes);
        QRun.Result r = QRun.trainOrLoad(folder(fast), id, opponent, episodes, qEvery(fast), qGames(fast), SEED,
                e -> { if (bar != null && e % 1000 == 0) bar.update(e, episodes); });
        if (bar != null) bar.done();
        return r;
    }
}
