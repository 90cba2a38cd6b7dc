package jielong.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import jielong.engine.Tensor;
import jielong.model.Gpt;

/**
 * The training loop: sample a batch, compute the loss, back-propagate, clip, step AdamW; now and
 * then estimate the validation loss and write a checkpoint. Every random choice at step s comes
 * from a generator seeded by (seed, s), so a resumed run repeats an uninterrupted one exactly.
 */
public final class Trainer {
    private final Gpt model;
    private final TokenData train, val;
    private final TrainConfig config;
    private final AdamW optimizer;
    private int step;
    private Path checkpoint;
    private RunFiles runFiles;
    private Path lastGoodCheckpoint;
    private Consumer<Progress> onProgress = p -> {};
    private volatile boolean stopRequested;

    /** What a run produced. */
    public record Result(int firstStep, int lastStep, float[] losses, List<float[]> validation,
                         float finalValLoss, double wallSeconds, boolean stoppedEarly) {
        /** Mean training loss of the last n steps run. */
        public float meanLastLosses(int n) {
            double s = 0;
            int k = Math.min(n, losses.length);
            for (int i = losses.length - k; i < losses.length; i++) s += losses[i];
            return (float) (s / Math.max(1, k));
        }
    }

    public Trainer(Gpt model, TokenData train, TokenData val, TrainConfig config) {
        this.model = model;
        this.train = train;
        this.val = val;
        this.config = config;
        this.optimizer = new AdamW(model.parameters());
    }

    /** Continues a run from a checkpoint: weights, optimiser state and step. */
    public static Trainer resume(Path file, TokenData train, TokenData val) throws IOException {
        return resume(file, train, val, null);
    }

    /** Continues from a checkpoint, optionally with a changed config (e.g. more iterations). */
    public static Trainer resume(Path file, TokenData train, TokenData val, TrainConfig override) throws IOException {
        Checkpoint.Contents c = Checkpoint.load(file);
        Trainer t = new Trainer(c.toModel(), train, val, override == null ? c.training() : override);
        t.model.parameters().forEach((name, p) -> {
            System.arraycopy(c.adamM().get(name), 0, t.optimizer.m.get(name), 0, p.size());
            System.arraycopy(c.adamV().get(name), 0, t.optimizer.v.get(name), 0, p.size());
        });
        t.step = c.step();
        t.optimizer.step = c.step();
        t.checkpoint = file;
        t.lastGoodCheckpoint = file;
        return t;
    }

    /** Writes a checkpoint to this file every {@code checkpointEvery} steps and at the end. */
    public Trainer checkpointTo(Path file) {
        this.checkpoint = file;
        return this;
    }

    /** Writes checkpoints into a locked run folder, together with its tokenizer (see {@link RunFiles}). */
    public Trainer checkpointTo(RunFiles files) {
        this.checkpoint = files.checkpoint();
        this.runFiles = files;
        return this;
    }

    /** Receives a report after every step. */
    public Trainer onProgress(Consumer<Progress> listener) {
        this.onProgress = listener;
        return this;
    }

    /** Asks a running loop to stop after the current step (and write its checkpoint). */
    public void stop() {
        stopRequested = true;
    }

    public Gpt model() {
        return model;
    }

    public TrainConfig config() {
        return config;
    }

    /** Steps done so far. */
    public int step() {
        return step;
    }

    /** Trains until {@code config.iters()} steps are done, or a stop is requested. */
    public Result run() {
        int first = step + 1;
        float[] losses = new float[Math.max(0, config.iters() - step)];
        List<float[]> validation = new ArrayList<>();
        float lastVal = Float.NaN;
        long start = System.nanoTime();
        double smoothedSeconds = 0;
        int t = model.config.blockSize();
        boolean stopped = false;
        while (step < config.iters()) {
            if (stopRequested || Thread.currentThread().isInterrupted()) {
                stopped = true;
                break;
            }
            long t0 = System.nanoTime();
            int s = step + 1;
            float lr = config.learningRateAt(s);
            TokenData.Batch batch = train.sample(rngFor(s), config.batchSize(), t);
            Tensor loss = model.loss(batch.x(), batch.y(), t, model.config.dropout() > 0 ? rngFor(-s) : null);
            float value = loss.item();
            if (!Float.isFinite(value)) throw new TrainingDiverged(s, value, lastGoodCheckpoint);
            model.parameters().values().forEach(Tensor::zeroGrad);
            loss.backward();
            optimizer.clipGradients(config.gradClip());
            optimizer.step(config, lr);
            step = s;
            losses[s - first] = value;

            float valLoss = Float.NaN;
            boolean last = s == config.iters();
            if (val != null && ((config.evalInterval() > 0 && s % config.evalInterval() == 0) || last)) {
                valLoss = lastVal = evaluate(val);
                validation.add(new float[] {s, valLoss});
            }
            if (checkpoint != null && ((config.checkpointEvery() > 0 && s % config.checkpointEvery() == 0) || last)) {
                saveCheckpoint();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            smoothedSeconds = smoothedSeconds == 0 ? seconds : 0.9 * smoothedSeconds + 0.1 * seconds;
            double elapsed = (System.nanoTime() - start) / 1e9;
            onProgress.accept(new Progress(s, config.iters(), value, valLoss, lr,
                    config.batchSize() * t / smoothedSeconds, elapsed, smoothedSeconds * (config.iters() - s)));
        }
        if (stopped && checkpoint != null && step >= first) saveCheckpoint();
        float[] ran = java.util.Arrays.copyOf(losses, Math.max(0, step - first + 1));
        return new Result(first, step, ran, validation, lastVal, (System.nanoTime() - start) / 1e9, stopped);
    }

    /** Mean loss over {@code evalIters} fixed batches of data (the same batches every time). */
    public float evaluate(TokenData data) {
        int t = model.config.blockSize();
        double sum = 0;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int i = 0; i < config.evalIters(); i++) {
                TokenData.Batch b = data.sample(new Random(config.seed() * 31 + 1_000_003L * (i + 1)), config.batchSize(), t);
                sum += model.loss(b.x(), b.y(), t, null).item();
            }
        }
        return (float) (sum / config.evalIters());
    }

    private void saveCheckpoint() {
        try {
            if (runFiles != null) {
                runFiles.save(model, optimizer, config, step);
            } else {
                Checkpoint.save(checkpoint, model, optimizer, config, step);
            }
            lastGoodCheckpoint = checkpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write checkpoint " + checkpoint + ": " + e.getMessage(), e);
        }
    }

    private Random rngFor(int s) {
        return new Random(config.seed() * 0x9E3779B97F4A7C15L + s);
    }
}
