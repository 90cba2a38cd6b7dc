package jielong.course.smallmodels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import jielong.course.Runs;
import jielong.course.models.TangText;
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

    private SmallModelsLesson() {}

    /** The teacher: 3 layers of width 96, 4 heads (2 layers of width 48 in fast mode). */
    public static GptConfig teacherShape(int vocabSize, boolean fast) {
        return fast ? new GptConfig(vocabSize, CONTEXT, 2, 2, 48, 0f) : new GptConfig(vocabSize, CONTEXT, 3, 4, 96, 0f);
    }

    /** The student: 1 layer of width 32, 2 heads (width 24 in fast mode). */
    public static GptConfig studentShape(int vocabSize, boolean fast) {
        return new GptConfig(vocabSize, CONTEXT, 1, 2, fast ? 24 : 32, 0f);
    }

    /** The teacher's run: 1,500 steps of 8 windows (300 in fast mode). */
    public static TrainConfig teacherTraining(boolean fast) {
        TrainConfig base = TrainConfig.defaults().withWeightDecay(0.1f).withBatchSize(8).withEval(0, 1);
        return fast ? base.withIters(300).withLearningRate(3e-3f).withWarmup(20).withCheckpointEvery(150)
                : base.withIters(1500).withLearningRate(2e-3f).withWarmup(50).withCheckpointEvery(250);
    }

    /** Every student's run, alone or distilled: 600 steps of 8 windows (150 in fast mode); same seed, so the same batches. */
    public static TrainConfig studentTraining(boolean fast) {
        TrainConfig base = TrainConfig.defaults().withWeightDecay(0.1f).withBatchSize(8).withLearningRate(3e-3f).withSeed(16).withEval(0, 1);
        return fast ? base.withIters(150).withWarmup(15).withCheckpointEvery(150) : base.withIters(600).withWarmup(30).withCheckpointEvery(200);
    }

    /** {@code runs/16-small-models/<fast|full>/NAME.ckpt} in the checkout. */
    public static Path checkpoint(String name, boolean fast) {
        return Runs.lesson(LESSON, fast).resolve(name + ".ckpt");
    }

    /** The teacher, loaded, resumed or trained now (with a progress bar) on next-token prediction. */
    public static Gpt teacher(TangText text, boolean fast) {
        Gpt fresh = new Gpt(teacherShape(text.tokenizer().vocabSize(), fast), 1);
        return train("the teacher", "teacher", fresh, NextTokenLoss.onWindows(fresh), text, teacherTraining(fast), fast);
    }

    /** The student trained alone on the data (temperature 0 means this), or distilled from the teacher at temperature T. */
    public static Gpt student(TangText text, Gpt teacher, float temperature, boolean fast) {
        Gpt fresh = new Gpt(studentShape(text.tokenizer().vocabSize(), fast), 2); // every student starts from the same weights
        if (temperature == 0) return train("the student alone", "student-alone", fresh, NextTokenLoss.onWindows(fresh), text, studentTraining(fast), fast);
        String t = temperature == Math.rint(temperature) ? String.valueOf((int) temperature) : String.valueOf(temperature);
        return train("the student distilled at T = " + t, "student-T" + t, fresh, Distillation.onWindows(fresh, teacher, temperature, 1f),
                text, studentTraining(fast), fast);
    }

    private static Gpt train(String what, String name, Gpt model, Objective<TokenData.Batch> objective, TangText text, TrainConfig config, boolean fast) {
        Path file = checkpoint(name, fast);
        BatchSource<TokenData.Batch> windows = NextTokenLoss.windows(text.train(), CONTEXT);
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
