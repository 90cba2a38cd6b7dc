package jielong.course.emergence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.function.Consumer;

import jielong.data.ModularArithmetic;
import jielong.data.ModularFact;
import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.experiment.CurveRun;
import jielong.model.EmbeddingMlp;
import jielong.notebook.ProgressBar;
import jielong.train.BatchSource;
import jielong.train.Objective;
import jielong.train.Progress;
import jielong.train.TrainConfig;

/**
 * Lesson 07's grokking experiment (Power et al. 2022): a model learns (a + b) mod p from a share of
 * all p² pairs, full batch, with AdamW's weight decay, and is measured on the pairs it never saw.
 * Training accuracy reaches 100% early; validation accuracy stays near chance (1/p) for a while,
 * then climbs to near 100% while the weights shrink. The model is {@link EmbeddingMlp}: a learned
 * vector per number, both side by side, one ReLU layer, a logit per residue.
 */
public final class Grokking {
    /** The quantities measured along a run. */
    public static final List<String> COLUMNS = List.of("train_accuracy", "val_accuracy", "train_loss", "val_loss", "weight_norm");
    /** Validation accuracy that counts as generalised. */
    public static final double GENERALISED = 0.95;

    private Grokking() {}

    /**
     * The pairs of a + b mod p split in two: the first {@code fraction} of the seeded shuffle of
     * all p² pairs trains, the rest validates. Inputs are (a, b) laid end to end.
     */
    public record Split(int p, int[] trainInputs, int[] trainLabels, int[] valInputs, int[] valLabels) {
        /** Training pairs. */
        public int trainSize() {
            return trainLabels.length;
        }

        /** Validation pairs. */
        public int valSize() {
            return valLabels.length;
        }
    }

    /**
     * One grokking run's settings.
     *
     * @param p           the prime modulus
     * @param fraction    share of the p² pairs that trains (0 to 1, exclusive)
     * @param weightDecay AdamW's decoupled decay
     * @param learningRate constant after 10 warm-up steps
     * @param steps       full-batch steps
     * @param width       embedding width per number
     * @param hidden      hidden units
     * @param seed        the split, the weights
     */
    public record Setting(int p, double fraction, float weightDecay, float learningRate, int steps, int width, int hidden, long seed) {
        public Setting {
            if (p < 3 || !java.math.BigInteger.valueOf(p).isProbablePrime(30)) {
                throw new IllegalArgumentException("p must be a prime of at least 3, got " + p);
            }
            if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("the training fraction must be between 0 and 1, got " + fraction);
            if (!(weightDecay >= 0) || !(learningRate > 0)) {
                throw new IllegalArgumentException("weight decay must be at least 0 and the learning rate positive, got "
                        + weightDecay + " and " + learningRate);
            }
            if (steps < 1 || width < 1 || hidden < 1) throw new IllegalArgumentException("steps, width and hidden must be positive");
        }

        /** The same run with another weight decay. */
        public Setting withWeightDecay(float wd) {
            return new Setting(p, fraction, wd, learningRate, steps, width, hidden, seed);
        }

        /** The same run with another training fraction. */
        public Setting withFraction(double f) {
            return new Setting(p, f, weightDecay, learningRate, steps, width, hidden, seed);
        }

        /** A name for the run's files: {@code p53-f0.5-wd1-lr0.01-s3000-w32-h128-seed1}. */
        public String id() {
            return String.format(Locale.ROOT, "p%d-f%s-wd%s-lr%s-s%d-w%d-h%d-seed%d", p, trim(fraction), trim(weightDecay),
                    trim(learningRate), steps, width, hidden, seed);
        }

        /** Full batch, constant learning rate after a short warm-up, AdamW with β2 = 0.98 as Power et al. */
        public TrainConfig trainConfig(int trainSize) {
            return new TrainConfig(steps, trainSize, learningRate, learningRate, 10, weightDecay, 0.9f, 0.98f, 0f,
                    0, 1, Math.max(1, steps / 4), seed);
        }

        private static String trim(double x) {
            return x == Math.rint(x) ? Long.toString((long) x) : Float.toString((float) x); // 0.01f, not its double 0.009999999776…
        }
    }

    /** A finished (or loaded) run: its settings, the model, and the curve of {@link #COLUMNS}. */
    public record Run(Setting setting, EmbeddingMlp model, CurveRun.Curve curve) {
        /** First measured step at which validation accuracy reached 95%, or -1 if it never did. */
        public int stepsToGeneralise() {
            return Grokking.stepsToGeneralise(curve.steps(), curve.column("val_accuracy"), GENERALISED);
        }

        /** First measured step at which training accuracy reached 99%, or -1. */
        public int stepsToMemorise() {
            return Grokking.stepsToGeneralise(curve.steps(), curve.column("train_accuracy"), 0.99);
        }
    }

    /** The split of all p² pairs of a + b mod p: the seeded order of {@link ModularArithmetic#table}. */
    public static Split split(int p, double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("the training fraction must be between 0 and 1, got " + fraction);
        List<ModularFact> facts = ModularArithmetic.only(ModularArithmetic.table(p, seed), '+');
        int n = (int) Math.round(fraction * facts.size());
        if (n < 1 || n >= facts.size()) {
            throw new IllegalArgumentException("a fraction of " + fraction + " of " + facts.size() + " pairs leaves no training or no validation pair");
        }
        int[] tx = new int[2 * n], ty = new int[n], vx = new int[2 * (facts.size() - n)], vy = new int[facts.size() - n];
        for (int i = 0; i < facts.size(); i++) {
            ModularFact f = facts.get(i);
            if (i < n) {
                tx[2 * i] = f.a();
                tx[2 * i + 1] = f.b();
                ty[i] = f.result();
            } else {
                int j = i - n;
                vx[2 * j] = f.a();
                vx[2 * j + 1] = f.b();
                vy[j] = f.result();
            }
        }
        return new Split(p, tx, ty, vx, vy);
    }

    /**
     * The first of {@code steps} at which {@code accuracy} reaches {@code threshold}, or -1 when it
     * never does within the run.
     */
    public static int stepsToGeneralise(double[] steps, double[] accuracy, double threshold) {
        if (steps.length != accuracy.length) throw new IllegalArgumentException(steps.length + " steps but " + accuracy.length + " accuracies");
        for (int i = 0; i < steps.length; i++) if (accuracy[i] >= threshold) return (int) steps[i];
        return -1;
    }

    /**
     * Trains (or loads, or resumes) one run in {@code folder}, measuring it at about 40 steps spaced
     * evenly on a log axis; {@code onStep} (may be null) hears every step.
     */
    public static Run run(Path folder, Setting s, Consumer<Progress> onStep) {
        Split split = split(s.p(), s.fraction(), s.seed());
        EmbeddingMlp model = new EmbeddingMlp(s.p(), 2, s.width(), s.hidden(), s.p(), s.seed());
        Objective<int[]> fullBatch = (inputs, rng) -> Ops.crossEntropy(model.forward(inputs), split.trainLabels());
        BatchSource<int[]> everyPair = (rng, batchSize) -> split.trainInputs();
        CurveRun.Curve curve = CurveRun.run(folder, s.id(), model, fullBatch, everyPair, s.trainConfig(split.trainSize()),
                CurveRun.logSpaced(s.steps(), 40), COLUMNS, step -> measure(model, split), onStep);
        return new Run(s, model, curve);
    }

    /**
     * Trains (or loads) several runs side by side, one per core, with their steps on a progress
     * bar; the runs come back in the order of {@code settings}.
     */
    public static List<Run> runAll(Path folder, List<Setting> settings, ProgressBar bar) {
        Map<Setting, Run> done = new ConcurrentHashMap<>();
        Map<Setting, Integer> at = new ConcurrentHashMap<>();
        long total = settings.stream().mapToLong(Setting::steps).sum();
        long start = System.nanoTime();
        List<Runnable> jobs = new ArrayList<>();
        for (Setting s : settings) {
            jobs.add(() -> done.put(s, run(folder, s, p -> {
                at.put(s, p.step());
                long steps = at.values().stream().mapToLong(Integer::longValue).sum();
                double elapsed = (System.nanoTime() - start) / 1e9;
                bar.update(steps, total, p.loss(), Double.NaN, steps == 0 ? Double.NaN : elapsed * (total - steps) / steps);
            })));
        }
        SideBySide.run(jobs);
        bar.update(total, total);
        bar.done();
        return settings.stream().map(done::get).toList();
    }

    /** Accuracy and loss on both halves of the split, and the weight norm. */
    static double[] measure(EmbeddingMlp model, Split split) {
        return new double[] {accuracy(model.predict(split.trainInputs()), split.trainLabels()),
            accuracy(model.predict(split.valInputs()), split.valLabels()),
            loss(model, split.trainInputs(), split.trainLabels()), loss(model, split.valInputs(), split.valLabels()),
            model.weightNorm()};
    }

    private static double loss(EmbeddingMlp model, int[] inputs, int[] labels) {
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            return Ops.crossEntropy(model.forward(inputs), labels).item();
        }
    }

    private static double accuracy(int[] predicted, int[] labels) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) if (predicted[i] == labels[i]) right++;
        return (double) right / labels.length;
    }
}
