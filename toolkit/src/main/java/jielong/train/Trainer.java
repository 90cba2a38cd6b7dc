package jielong.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import jielong.engine.StepMemory;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.Trainable;

/**
 * The training loop: sample a batch, compute the loss, back-propagate, clip, step AdamW; now and
 * then estimate the validation loss and write a checkpoint. Every random choice at step s comes
 * from a generator seeded by (seed, s), so a resumed run repeats an uninterrupted one exactly.
 *
 * <p>What is minimised is an {@link Objective} (a batch in, a scalar loss out) on batches from a
 * {@link BatchSource}; the model is a {@link Gpt} or any {@link Trainable}. Given a GPT and two
 * token streams, it trains next-token prediction on random windows ({@link NextTokenLoss}).
 */
public final class Trainer {
    private final Gpt gpt; // null when the model is another Trainable
    private final Map<String, Tensor> parameters;
    private final Task<?> task;
    private final TrainConfig config;
    private final AdamW optimizer;
    private int step;
    private Path checkpoint;
    private RunFiles runFiles;
    private Path lastGoodCheckpoint;
    private Consumer<Progress> onProgress = p -> {};
    private volatile boolean stopRequested;
    private final StepMemory memory = new StepMemory();

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

    /** An objective with its training and validation batches (val may be null). */
    private record Task<B>(Objective<B> objective, BatchSource<B> train, BatchSource<B> val) {
        Tensor loss(BatchSource<B> source, Random batchRng, int batchSize, Random dropoutRng, int[] tokens) {
            B batch = source.sample(batchRng, batchSize);
            tokens[0] = source.tokens(batch);
            return objective.loss(batch, dropoutRng);
        }
    }

    /** Next-token prediction on random windows of the model's context length (val may be null). */
    public Trainer(Gpt model, TokenData train, TokenData val, TrainConfig config) {
        this(model, NextTokenLoss.onWindows(model), NextTokenLoss.windows(train, model.config.blockSize()),
                val == null ? null : NextTokenLoss.windows(val, model.config.blockSize()), config);
    }

    /** A GPT trained on any objective (answer tokens only, DPO, distillation, ...); val may be null. */
    public <B> Trainer(Gpt model, Objective<B> objective, BatchSource<B> train, BatchSource<B> val, TrainConfig config) {
        this(model, model.parameters(), new Task<>(objective, train, val), config);
    }

    /** Any model trained on any objective (an MLP denoiser, a probe, ...); val may be null. */
    public <B> Trainer(Trainable model, Objective<B> objective, BatchSource<B> train, BatchSource<B> val, TrainConfig config) {
        this(null, model.parameters(), new Task<>(objective, train, val), config);
    }

    private Trainer(Gpt gpt, Map<String, Tensor> parameters, Task<?> task, TrainConfig config) {
        this.gpt = gpt;
        this.parameters = parameters;
        this.task = task;
        this.config = config;
        this.optimizer = new AdamW(parameters);
    }

    /** Continues a run from a checkpoint: weights, optimiser state and step. */
    public static Trainer resume(Path file, TokenData train, TokenData val) throws IOException {
        return resume(file, train, val, null);
    }

    /** Continues from a checkpoint, optionally with a changed config (e.g. more iterations). */
    public static Trainer resume(Path file, TokenData train, TokenData val, TrainConfig override) throws IOException {
        Checkpoint.Contents c = Checkpoint.load(file);
        Trainer t = new Trainer(c.toModel(), train, val, override == null ? c.training() : override);
        return t.restore(c, file);
    }

    /**
     * Continues a run of any objective from a checkpoint, into a model built by the caller with
     * the same parameter names and sizes (a GPT: {@code Checkpoint.load(file).toModel()}).
     */
    public static <B> Trainer resume(Path file, Trainable model, Objective<B> objective, BatchSource<B> train,
                                     BatchSource<B> val, TrainConfig override) throws IOException {
        Checkpoint.Contents c = Checkpoint.load(file);
        TrainConfig config = override == null ? c.training() : override;
        return new Trainer(model, objective, train, val, config).restore(c, file);
    }

    /** {@link #resume(Path, Trainable, Objective, BatchSource, BatchSource, TrainConfig)} for a GPT. */
    public static <B> Trainer resume(Path file, Gpt model, Objective<B> objective, BatchSource<B> train,
                                     BatchSource<B> val, TrainConfig override) throws IOException {
        Checkpoint.Contents c = Checkpoint.load(file);
        return new Trainer(model, objective, train, val, override == null ? c.training() : override).restore(c, file);
    }

    /** Loads weights, moments and step from a checkpoint's contents, checking names and sizes. */
    private Trainer restore(Checkpoint.Contents c, Path file) {
        if (!c.weights().keySet().equals(parameters.keySet())) {
            throw new IllegalArgumentException("checkpoint " + file + " holds parameters " + c.weights().keySet()
                    + " but the model has " + parameters.keySet() + ": build the model with the shape it was trained with");
        }
        parameters.forEach((name, p) -> {
            if (c.weights().get(name).length != p.size()) {
                throw new IllegalArgumentException("checkpoint " + file + ": " + name + " has " + c.weights().get(name).length
                        + " values but the model's has " + p.size() + ": build the model with the shape it was trained with");
            }
            System.arraycopy(c.weights().get(name), 0, p.host().data, 0, p.size());
            System.arraycopy(c.adamM().get(name), 0, optimizer.m.get(name), 0, p.size());
            System.arraycopy(c.adamV().get(name), 0, optimizer.v.get(name), 0, p.size());
        });
        step = c.step();
        optimizer.step = c.step();
        checkpoint = file;
        lastGoodCheckpoint = file;
        return this;
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

    /** The GPT being trained; for another model, keep your own reference (or use {@link #parameters()}). */
    public Gpt model() {
        if (gpt == null) throw new IllegalStateException("this trainer trains a model other than the GPT; use parameters()");
        return gpt;
    }

    /** The parameters being trained, by name. */
    public Map<String, Tensor> parameters() {
        return parameters;
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
        int[] tokens = new int[1];
        boolean stopped = false;
        while (step < config.iters()) {
            if (stopRequested || Thread.currentThread().isInterrupted()) {
                stopped = true;
                break;
            }
            long t0 = System.nanoTime();
            int s = step + 1;
            float lr = config.learningRateAt(s);
            float value;
            try (StepMemory.Step open = memory.open()) { // this step's activations and gradients reuse the last one's arrays
                Tensor loss = trainLoss(task, rngFor(s), rngFor(-s), tokens);
                value = loss.item();
                if (!Float.isFinite(value)) throw new TrainingDiverged(s, value, lastGoodCheckpoint);
                parameters.values().forEach(Tensor::zeroGrad);
                loss.backward();
                optimizer.clipGradients(config.gradClip());
                optimizer.step(config, lr);
            }
            step = s;
            losses[s - first] = value;

            float valLoss = Float.NaN;
            boolean last = s == config.iters();
            if (task.val() != null && ((config.evalInterval() > 0 && s % config.evalInterval() == 0) || last)) {
                valLoss = lastVal = evaluate();
                validation.add(new float[] {s, valLoss});
            }
            if (checkpoint != null && ((config.checkpointEvery() > 0 && s % config.checkpointEvery() == 0) || last)) {
                saveCheckpoint();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            smoothedSeconds = smoothedSeconds == 0 ? seconds : 0.9 * smoothedSeconds + 0.1 * seconds;
            double elapsed = (System.nanoTime() - start) / 1e9;
            int perStep = tokens[0] > 0 ? tokens[0] : config.batchSize();
            onProgress.accept(new Progress(s, config.iters(), value, valLoss, lr,
                    perStep / smoothedSeconds, elapsed, smoothedSeconds * (config.iters() - s)));
        }
        if (stopped && checkpoint != null && step >= first) saveCheckpoint();
        float[] ran = java.util.Arrays.copyOf(losses, Math.max(0, step - first + 1));
        return new Result(first, step, ran, validation, lastVal, (System.nanoTime() - start) / 1e9, stopped);
    }

    private <B> Tensor trainLoss(Task<B> t, Random batchRng, Random dropoutRng, int[] tokens) {
        return t.loss(t.train(), batchRng, config.batchSize(), dropoutRng, tokens);
    }

    /**
     * Mean loss over {@code evalIters} fixed batches of the validation source (the same batches
     * every time), without dropout. NaN when there is no validation source.
     */
    public float evaluate() {
        return task.val() == null ? Float.NaN : evaluateVal(task);
    }

    private <B> float evaluateVal(Task<B> t) {
        return evaluate(t, t.val());
    }

    /** Mean next-token loss of the GPT over {@code evalIters} fixed windows of data. */
    public float evaluate(TokenData data) {
        return evaluate(new Task<>(NextTokenLoss.onWindows(model()), null, null), NextTokenLoss.windows(data, gpt.config.blockSize()));
    }

    private <B> float evaluate(Task<B> t, BatchSource<B> source) {
        double sum = 0;
        int[] tokens = new int[1];
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int i = 0; i < config.evalIters(); i++) {
                Random rng = new Random(config.seed() * 31 + 1_000_003L * (i + 1));
                try (StepMemory.Step open = memory.open()) {
                    sum += t.loss(source, rng, config.batchSize(), null, tokens).item();
                }
            }
        }
        return (float) (sum / config.evalIters());
    }

    private void saveCheckpoint() {
        try {
            if (runFiles != null && gpt != null) {
                runFiles.save(gpt, optimizer, config, step);
            } else {
                Checkpoint.save(checkpoint, parameters, gpt == null ? null : gpt.config, optimizer, config, step);
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
