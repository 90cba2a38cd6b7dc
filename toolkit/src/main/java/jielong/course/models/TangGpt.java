package jielong.course.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import jielong.course.Runs;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.notebook.ProgressBar;
import jielong.train.Checkpoint;
import jielong.train.Progress;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * The character-level GPT that lesson 04 pre-trains on the Tang quatrains and lessons 02, 03 and 05
 * reuse. Its checkpoint lives in lesson 04's run folder, {@code runs/04-pretraining/full/} (or
 * {@code fast/}, see {@link Runs}), so a later lesson loads it, resumes it if training stopped early,
 * or trains it if it is missing.
 */
public final class TangGpt {
    private TangGpt() {}

    /**
     * The shape: nanoGPT's "baby" (4 layers, 4 heads, width 128, context 64 characters, about two
     * and a half quatrains); in fast mode 2 layers of width 48 with a context of 32 (one quatrain).
     */
    public static GptConfig shape(int vocabSize, boolean fast) {
        return fast ? new GptConfig(vocabSize, 32, 2, 2, 48, 0f) : GptConfig.baby(vocabSize);
    }

    /** The training run: nanoGPT's CPU settings for 3,000 steps of 12 windows; in fast mode 400 steps of 8 at twice the learning rate. */
    public static TrainConfig training(boolean fast) {
        TrainConfig base = TrainConfig.defaults().withWeightDecay(0.1f);
        return fast ? base.withIters(400).withBatchSize(8).withLearningRate(2e-3f).withWarmup(20).withEval(50, 4).withCheckpointEvery(200)
                : base.withIters(3000).withEval(250, 20).withCheckpointEvery(250);
    }

    /**
     * Where the checkpoint goes: {@code runs/04-pretraining/full/model.ckpt} (or {@code fast/}) in the
     * checkout. One an older version left in {@code runs/tang-gpt/} is moved here rather than retrained.
     */
    public static Path checkpoint(boolean fast) {
        Path file = Runs.lesson(Runs.PRETRAINING, fast).resolve("model.ckpt");
        Path legacy = file.getParent().getParent().getParent().resolve("tang-gpt").resolve(fast ? "fast" : "full").resolve("model.ckpt");
        return Runs.adopt(legacy, file);
    }

    /** The trained model for a notebook: loaded if it is there, else trained with a progress bar. */
    public static Gpt loadOrTrain(TangText text, boolean fast) {
        ProgressBar[] bar = {null}; // shown only if there is training to do
        Gpt model = loadOrTrain(text, fast, p -> {
            if (bar[0] == null) bar[0] = ProgressBar.start("training the poetry GPT (lesson 04's run)", p.totalSteps());
            bar[0].update(p.step(), p.totalSteps(), p.loss(), p.tokensPerSecond(), p.etaSeconds());
        });
        if (bar[0] != null) bar[0].done();
        return model;
    }

    /** The trained model: loaded if its checkpoint is complete, else trained (or resumed) now, reporting progress. */
    public static Gpt loadOrTrain(TangText text, boolean fast, Consumer<Progress> progress) {
        Path file = checkpoint(fast);
        TrainConfig training = training(fast);
        try {
            Trainer trainer;
            if (Files.exists(file)) {
                Checkpoint.Contents saved = Checkpoint.load(file);
                if (saved.step() >= training.iters()) return saved.toModel();
                trainer = Trainer.resume(file, text.train(), text.val());
            } else {
                trainer = new Trainer(new Gpt(shape(text.tokenizer().vocabSize(), fast), training.seed()),
                        text.train(), text.val(), training).checkpointTo(file);
            }
            trainer.onProgress(progress).run();
            return trainer.model();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage()
                    + "; delete it and the model will be trained again", e);
        }
    }
}
