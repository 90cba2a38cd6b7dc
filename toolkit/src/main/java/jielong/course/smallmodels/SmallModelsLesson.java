package jielong.course.smallmodels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import jielong.course.Runs;
import jielong.course.models.TangText;
import jielong.data.Datasets;
import jielong.tokenize.CharTokenizer;
import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.model.Trace;
import jielong.notebook.ProgressBar;
import jielong.quant.QuantizedGpt;
import jielong.train.BatchSource;
import jielong.train.Checkpoint;
import jielong.train.Distillation;
import jielong.train.NextTokenLoss;
import jielong.train.Objective;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * Lesson 16's models: a teacher GPT and a student a fraction of its size, both character-level on
 * the Tang quatrains (lesson 04's text), the student trained once on the data alone and once per
 * temperature on the teacher's soft targets, for the same steps on the same batches. Each run is a
 * checkpoint in {@code runs/16-small-models/<fast|full>/}, so a rerun loads it (or resumes it).
 */
public final class SmallModelsLesson {
    /** The notebook's name, and its run folder's. */
    public static final String LESSON = "16-small-models";
    /** Context in characters: one quatrain and a half. */
    public static final int CONTEXT = 32;
    /** Distinct characters kept; the rarer ones are all written {@link #RARE}. */
    public static final int CHARACTERS = 1_500;
    /** What every character outside the most frequent {@link #CHARACTERS} becomes. */
    public static final String RARE = "□";

    private SmallModelsLesson() {}

    /** The teacher: 3 layers of width 96, 4 heads (2 layers of width 48 in fast mode). */
    public static GptConfig teacherShape(int vocabSize, boolean fast) {
        return fast ? new GptConfig(vocabSize, CONTEXT, 2, 2, 48, 0f) : new GptConfig(vocabSize, CONTEXT, 3, 4, 96, 0f);
    }

    /** The student: 1 layer of width 32, 2 heads (width 24 in fast mode). */
    public static GptConfig studentShape(int vocabSize, boolean fast) {
        return new GptConfig(vocabSize, CONTEXT, 1, 2, fast ? 24 : 32, 0f);
    }

    /** The teacher's run: 1,500 steps of 12 windows (300 of 8 in fast mode). */
    public static TrainConfig teacherTraining(boolean fast) {
        TrainConfig base = TrainConfig.defaults().withWeightDecay(0.1f).withBatchSize(8).withEval(0, 1);
        return fast ? base.withIters(300).withLearningRate(3e-3f).withWarmup(20).withCheckpointEvery(150)
                : base.withIters(1500).withBatchSize(12).withLearningRate(2e-3f).withWarmup(50).withCheckpointEvery(250);
    }

    /** Every student's run, alone or distilled: 800 steps of 8 windows (120 in fast mode); same seed, so the same batches. */
    public static TrainConfig studentTraining(boolean fast) {
        TrainConfig base = TrainConfig.defaults().withWeightDecay(0.1f).withBatchSize(8).withLearningRate(3e-3f).withSeed(16).withEval(0, 1);
        return fast ? base.withIters(120).withWarmup(12).withCheckpointEvery(120) : base.withIters(800).withWarmup(40).withCheckpointEvery(200);
    }

    /**
     * Lesson 04's Tang quatrains with only the {@link #CHARACTERS} most frequent characters kept and
     * every other one written {@link #RARE}: they cover about 91% of the text, and the output layer,
     * which with all 6,112 characters costs more than the rest of a small model together, shrinks four
     * times. Same split as lesson 04: the first 90% to train, the last 10% held out.
     */
    public static TangText text() {
        return restrict(Datasets.load("tang-quatrains"), CHARACTERS);
    }

    /** The text with only its {@code keep} most frequent characters (ties: the lower code point) and {@link #RARE} for the rest. */
    public static TangText restrict(String text, int keep) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        text.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        counts.entrySet().stream().sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey()) : Integer.compare(b.getValue(), a.getValue()))
                .limit(keep).forEach(e -> kept.add(e.getKey()));
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (kept.contains(c)) sb.appendCodePoint(c);
            else sb.append(RARE);
        });
        String mapped = sb.toString();
        CharTokenizer tokenizer = CharTokenizer.fromText(mapped);
        TokenData all = new TokenData(tokenizer.encode(mapped));
        return new TangText(mapped, tokenizer, all.head(TangText.TRAIN_SHARE), all.tail(TangText.TRAIN_SHARE));
    }

    /** Share of the text's characters that are not {@link #RARE}. */
    public static double coverage(TangText text) {
        long rare = text.text().chars().filter(c -> c == RARE.charAt(0)).count();
        return 1 - (double) rare / text.text().length();
    }

    /** {@code runs/16-small-models/<fast|full>/NAME.ckpt} in the checkout. */
    public static Path checkpoint(String name, boolean fast) {
        return Runs.lesson(LESSON, fast).resolve(name + ".ckpt");
    }

    /** The teacher: loaded, resumed or trained now (with a progress bar) on next-token prediction. */
    public static Gpt loadOrTrain(TangText text, boolean fast) {
        Gpt fresh = new Gpt(teacherShape(text.tokenizer().vocabSize(), fast), 1);
        return train("the teacher", "teacher", fresh, NextTokenLoss.onWindows(fresh), text.train(), teacherTraining(fast), fast);
    }

    /** A student: trained alone on the data (temperature 0), or distilled from the teacher at temperature T, on all the training text. */
    public static Gpt loadOrTrain(TangText text, Gpt teacher, float temperature, boolean fast) {
        return loadOrTrain(text, teacher, temperature, 1.0, fast);
    }

    /**
     * A student trained on the first {@code share} of the training text only (1: all of it), alone
     * (temperature 0) or distilled at temperature T; the teacher has read all of it.
     */
    public static Gpt loadOrTrain(TangText text, Gpt teacher, float temperature, double share, boolean fast) {
        if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("share of the training text must be in (0, 1], got " + share);
        Gpt fresh = new Gpt(studentShape(text.tokenizer().vocabSize(), fast), 2); // every student starts from the same weights
        TokenData data = share == 1 ? text.train() : text.train().head(share);
        String part = share == 1 ? "" : "-" + Math.round(share * 1000) / 10.0 + "pct";
        String of = share == 1 ? "" : " on " + Math.round(share * 1000) / 10.0 + "% of the text";
        if (temperature == 0) return train("the student alone" + of, "student-alone" + part, fresh, NextTokenLoss.onWindows(fresh), data, studentTraining(fast), fast);
        String t = temperature == Math.rint(temperature) ? String.valueOf((int) temperature) : String.valueOf(temperature);
        return train("the student distilled at T = " + t + of, "student-T" + t + part, fresh, Distillation.onWindows(fresh, teacher, temperature, 1f),
                data, studentTraining(fast), fast);
    }

    /** The share of the training text the data-starved students read: 5% (2% in fast mode, whose runs are shorter). */
    public static double smallShare(boolean fast) {
        return fast ? 0.02 : 0.05;
    }

    private static Gpt train(String what, String name, Gpt model, Objective<TokenData.Batch> objective, TokenData data, TrainConfig config, boolean fast) {
        Path file = checkpoint(name, fast);
        BatchSource<TokenData.Batch> windows = NextTokenLoss.windows(data, CONTEXT);
        try {
            Trainer trainer;
            if (Files.exists(file)) {
                Checkpoint.Contents saved = Checkpoint.load(file);
                if (saved.step() >= config.iters()) {
                    for (var e : model.parameters().entrySet()) {
                        float[] w = saved.weights().get(e.getKey());
                        if (w == null || w.length != e.getValue().size()) {
                            throw new IllegalStateException(file + " holds a model of another shape; delete it and it will be trained again");
                        }
                        System.arraycopy(w, 0, e.getValue().host().data, 0, w.length);
                    }
                    return model;
                }
                trainer = Trainer.resume(file, model, objective, windows, null, config);
            } else {
                Files.createDirectories(file.toAbsolutePath().getParent());
                trainer = new Trainer(model, objective, windows, null, config).checkpointTo(file);
            }
            ProgressBar bar = ProgressBar.start("training " + what, config.iters());
            trainer.onProgress(p -> bar.update(p.step(), p.totalSteps(), p.loss(), p.tokensPerSecond(), p.etaSeconds())).run();
            bar.done();
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file + ": " + e.getMessage() + "; delete it and the model will be trained again", e);
        }
    }

    /**
     * Mean next-token loss in nats per character on the same held-out windows every time
     * ({@code windows} of {@link #CONTEXT} characters from the held-out text, seed 16), with a
     * trace that may swap the model's weights or products (null: the model as it is).
     */
    public static double heldOutLoss(Gpt model, Trace trace, TangText text, int windows) {
        TokenData.Batch b = text.val().sample(new Random(16), windows, CONTEXT);
        double sum = 0;
        int chunk = 16;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int from = 0; from < windows; from += chunk) {
                int n = Math.min(chunk, windows - from);
                int[] x = java.util.Arrays.copyOfRange(b.x(), from * CONTEXT, (from + n) * CONTEXT);
                int[] y = java.util.Arrays.copyOfRange(b.y(), from * CONTEXT, (from + n) * CONTEXT);
                sum += Ops.crossEntropy(model.forward(x, CONTEXT, trace), y).item() * n;
            }
        }
        return sum / windows;
    }

    /** Held-out windows the notebook scores on: 512 (16,384 characters) in full mode, 64 (2,048) in fast. */
    public static int heldOutWindows(boolean fast) {
        return fast ? 64 : 512;
    }

    /** A model as it is, scored on the held-out windows (speed not measured yet). */
    public static Variant fp32(String name, Gpt model, TangText text, int windows) {
        return new Variant(name, model.parameterCount(), 32, QuantizedGpt.fp32Bytes(model), heldOutLoss(model, null, text, windows), Double.NaN);
    }

    /** A quantized model, scored on the held-out windows with its dequantized weights. */
    public static Variant quantized(String name, QuantizedGpt q, TangText text, int windows) {
        return new Variant(name, q.model.parameterCount(), q.quantizer.bits(), q.bytes(), heldOutLoss(q.model, q.dequantized(), text, windows), Double.NaN);
    }
}
