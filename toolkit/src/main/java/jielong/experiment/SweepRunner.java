package jielong.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jielong.engine.Parallel;
import jielong.model.Gpt;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * Trains the runs of a sweep and records each in the folder's results table the moment it
 * finishes. Runs already in the folder are skipped, so a sweep stopped by a crash, Ctrl-C or a
 * closed notebook resumes where it stopped; a run cut off half-way starts again.
 *
 * <p>By default each core trains a run of its own: for the lesson's small models (widths 16 to
 * 128) on an idle 2-core machine, two runs side by side on one engine thread each finished 1.4 to
 * 1.7 times sooner than the same runs in turn on both threads, whose matrices are too small to
 * split well. {@link #runsAtOnce}(1) gives one run every core instead.
 */
public final class SweepRunner {
    private final Path folder;
    private final TokenData train, val;
    private Shard shard = Shard.ALL;
    private int runsAtOnce = Runtime.getRuntime().availableProcessors();
    private int evalBatches = 8;
    private Consumer<SweepProgress> onProgress = p -> {};
    private Consumer<RunResult> onRunFinished = r -> {};
    private final Set<Trainer> active = ConcurrentHashMap.newKeySet();
    private volatile boolean stopRequested;

    /** A runner writing into {@code folder}, training on {@code train} and validating on {@code val}. */
    public SweepRunner(Path folder, TokenData train, TokenData val) {
        this.folder = folder;
        this.train = train;
        this.val = val;
    }

    /** Trains only this shard's runs, into the shard's own results file. */
    public SweepRunner shard(Shard s) {
        this.shard = s;
        return this;
    }

    /** How many runs train side by side, each then on one engine thread (default: one per core; 1: one run on every core). */
    public SweepRunner runsAtOnce(int n) {
        this.runsAtOnce = Math.max(1, n);
        return this;
    }

    /** Batches averaged for each validation estimate (8 × batch × context tokens). */
    public SweepRunner evalBatches(int n) {
        this.evalBatches = n;
        return this;
    }

    /** Receives a report after every training step of every run. */
    public SweepRunner onProgress(Consumer<SweepProgress> listener) {
        this.onProgress = listener;
        return this;
    }

    /** Receives each run's result once it is safely in the results file. */
    public SweepRunner onRunFinished(Consumer<RunResult> listener) {
        this.onRunFinished = listener;
        return this;
    }

    /** Asks the sweep to stop: running runs end after their current step and are not recorded. */
    public void stop() {
        stopRequested = true;
        active.forEach(Trainer::stop);
    }

    /** The file this runner's shard writes. */
    public Path resultsFile() {
        return folder.resolve(shard.resultsFileName());
    }

    /**
     * Trains every run of this shard not yet in the folder, and returns the sweep's runs the folder
     * now holds (other shards' included; rows of other sweeps in the same folder left out).
     */
    public ResultsTable run(Sweep sweep) {
        Sweep mine = sweep.shard(shard);
        ResultsTable done = ResultsTable.read(folder);
        ResultsTable ownFile = ResultsTable.readFile(resultsFile());
        List<RunSpec> todo = mine.runs().stream().filter(r -> !done.has(r.id())).toList();
        Tracker tracker = new Tracker(mine, done);
        if (!todo.isEmpty()) {
            // A lone run (the lesson's larger run, say) gets every core rather than one.
            if (Math.min(runsAtOnce, todo.size()) == 1) {
                for (RunSpec spec : todo) {
                    if (stopRequested || Thread.currentThread().isInterrupted()) break;
                    RunResult r = trainOne(spec, tracker);
                    if (r != null) record(r, ownFile, tracker);
                }
            } else {
                runSideBySide(todo, ownFile, tracker);
            }
        }
        Set<String> ids = sweep.runs().stream().map(RunSpec::id).collect(Collectors.toSet());
        return ResultsTable.read(folder).where(r -> ids.contains(r.spec().id()));
    }

    private void runSideBySide(List<RunSpec> todo, ResultsTable ownFile, Tracker tracker) {
        int threadsBefore = Parallel.threads();
        Parallel.setThreads(1); // each run on its own core; the engine pool would only add contention
        ExecutorService pool = Executors.newFixedThreadPool(runsAtOnce);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunSpec spec : todo) {
                futures.add(pool.submit(() -> {
                    if (stopRequested) return;
                    RunResult r = trainOne(spec, tracker);
                    if (r != null) record(r, ownFile, tracker);
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            stop();
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            Parallel.setThreads(threadsBefore);
        }
    }

    /** Trains one run; null if it was stopped before the end. */
    private RunResult trainOne(RunSpec spec, Tracker tracker) {
        TrainConfig config = spec.trainConfig(evalBatches);
        Trainer trainer = new Trainer(new Gpt(spec.shape(), spec.seed()), train, val, config);
        active.add(trainer);
        if (stopRequested) trainer.stop();
        try {
            Trainer.Result r = trainer.onProgress(p -> onProgress.accept(tracker.progress(spec, p.step(), p.loss()))).run();
            if (r.stoppedEarly()) return null;
            return new RunResult(spec, r.meanLastLosses(Math.max(1, spec.steps() / 10)), r.finalValLoss(),
                    r.wallSeconds(), curve(r));
        } finally {
            active.remove(trainer);
        }
    }

    private void record(RunResult r, ResultsTable ownFile, Tracker tracker) {
        synchronized (ownFile) {
            ownFile.add(r);
            ownFile.write(resultsFile());
        }
        tracker.finished(r.spec());
        onRunFinished.accept(r);
    }

    /** One point per validation estimate, with the mean training loss of the steps since the last. */
    private static List<RunResult.CurvePoint> curve(Trainer.Result r) {
        List<RunResult.CurvePoint> points = new ArrayList<>();
        int from = r.firstStep();
        for (float[] v : r.validation()) {
            int step = (int) v[0];
            double sum = 0;
            for (int s = from; s <= step; s++) sum += r.losses()[s - r.firstStep()];
            points.add(new RunResult.CurvePoint(step, sum / Math.max(1, step - from + 1), v[1]));
            from = step + 1;
        }
        return points;
    }

    /** Keeps the sweep's share of FLOPs done, across runs that may train side by side. */
    private static final class Tracker {
        private final double totalFlops;
        private final int runsTotal;
        private final Map<String, Double> partial = new ConcurrentHashMap<>();
        private double flopsDone;
        private int runsDone;
        private final double fractionAtStart;
        private final long start = System.nanoTime();

        Tracker(Sweep mine, ResultsTable done) {
            totalFlops = mine.flops();
            runsTotal = mine.size();
            for (RunSpec r : mine.runs()) {
                if (done.has(r.id())) {
                    flopsDone += r.flops();
                    runsDone++;
                }
            }
            fractionAtStart = totalFlops == 0 ? 0 : flopsDone / totalFlops;
        }

        synchronized SweepProgress progress(RunSpec spec, int step, double loss) {
            partial.put(spec.id(), spec.flops() * step / spec.steps());
            double running = partial.values().stream().mapToDouble(Double::doubleValue).sum();
            double fraction = Math.min(1, (flopsDone + running) / totalFlops);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double sinceStart = fraction - fractionAtStart;
            double eta = sinceStart <= 0 ? Double.NaN : elapsed * (1 - fraction) / sinceStart;
            return new SweepProgress(runsDone, runsTotal, spec.id(), step, spec.steps(), loss, fraction, elapsed, eta);
        }

        synchronized void finished(RunSpec spec) {
            partial.remove(spec.id());
            flopsDone += spec.flops();
            runsDone++;
        }
    }
}
