package jielong.course.hallucination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jielong.course.Runs;
import jielong.data.Biographies;
import jielong.data.Biography;
import jielong.data.Datasets;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.notebook.ProgressBar;
import jielong.train.Checkpoint;
import jielong.train.Examples;
import jielong.train.NextTokenLoss;
import jielong.train.Progress;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * Lesson 09's corpus, model and training run: a small GPT pre-trained on the fact world's
 * biographies ({@code fact-biographies}), each line one example, saved in
 * {@code runs/09-hallucination/<fast|full>/model.ckpt} so a rerun loads or resumes it.
 */
public final class HallucinationLesson {
    /** The notebook's name, and its run folder's. */
    public static final String LESSON = "09-hallucination";
    /** People in fast mode: the first of the catalogue's biographies. */
    public static final int FAST_PEOPLE = 400;
    /** The longest line, in tokens, and then some. */
    public static final int CONTEXT = 24;

    private HallucinationLesson() {}

    /** The catalogue's biographies; in fast mode the first {@link #FAST_PEOPLE} of them. */
    public static Biographies corpus(boolean fast) {
        Biographies all = Datasets.biographies();
        return fast ? all.first(FAST_PEOPLE) : all;
    }

    /** The shape: 3 layers of width 96 (2 of width 64 in fast mode), 4 heads, a context of 24 tokens. */
    public static GptConfig shape(int vocabSize, boolean fast) {
        return fast ? new GptConfig(vocabSize, CONTEXT, 2, 4, 64, 0f) : new GptConfig(vocabSize, CONTEXT, 3, 4, 96, 0f);
    }

    /** The run: batches of 32 lines; 600 steps in fast mode, 4,000 in full. */
    public static TrainConfig training(boolean fast) {
        TrainConfig base = TrainConfig.defaults().withBatchSize(32).withWeightDecay(0.1f).withEval(0, 1);
        return fast ? base.withIters(600).withLearningRate(3e-3f).withWarmup(30).withCheckpointEvery(300)
                : base.withIters(4000).withLearningRate(2e-3f).withWarmup(100).withCheckpointEvery(500);
    }

    /** Every line of the training text as an example (a line repeated m times is m examples); loss on every token after the first. */
    public static Examples examples(Biographies corpus, FactTokenizer tok) {
        List<Examples.Example> lines = new ArrayList<>();
        for (Biography b : corpus.entries()) {
            List<int[]> own = new ArrayList<>();
            own.add(tok.encode(b.text()));
            for (String e : b.events()) own.add(tok.encode(e));
            for (int m = 0; m < b.mentions(); m++) for (int[] t : own) lines.add(new Examples.Example(t, 1));
        }
        return new Examples(lines, CONTEXT);
    }

    /** {@code runs/09-hallucination/full/model.ckpt} (or {@code fast/}) in the checkout. */
    public static Path checkpoint(boolean fast) {
        return Runs.lesson(LESSON, fast).resolve("model.ckpt");
    }

    /** The trained model for a notebook: loaded if complete, else trained (or resumed) with a progress bar. */
    public static Gpt loadOrTrain(Biographies corpus, FactTokenizer tok, boolean fast) {
        ProgressBar[] bar = {null};
        Gpt model = loadOrTrain(corpus, tok, fast, checkpoint(fast), p -> {
            if (bar[0] == null) bar[0] = ProgressBar.start("training on the biographies", p.totalSteps());
            bar[0].update(p.step(), p.totalSteps(), p.loss(), p.tokensPerSecond(), p.etaSeconds());
        });
        if (bar[0] != null) bar[0].done();
        return model;
    }

    /** The trained model, checkpointed in {@code file}: loaded if complete, else trained or resumed now. */
    public static Gpt loadOrTrain(Biographies corpus, FactTokenizer tok, boolean fast, Path file, Consumer<Progress> progress) {
        TrainConfig training = training(fast);
        Examples data = examples(corpus, tok);
        try {
            Gpt model;
            Trainer trainer;
            if (Files.exists(file)) {
                Checkpoint.Contents saved = Checkpoint.load(file);
                model = saved.toModel();
                if (model.config.vocabSize() != tok.vocabSize()) {
                    throw new IllegalStateException(file + " holds a model of " + model.config.vocabSize() + " tokens but the corpus has "
                            + tok.vocabSize() + ": delete it and the model will be trained again");
                }
                if (saved.step() >= training.iters()) return model;
                trainer = Trainer.resume(file, model, NextTokenLoss.onAnswers(model), data, null, training);
            } else {
                model = new Gpt(shape(tok.vocabSize(), fast), training.seed());
                trainer = new Trainer(model, NextTokenLoss.onAnswers(model), data, null, training).checkpointTo(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            trainer.onProgress(progress).run();
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file + ": " + e.getMessage()
                    + "; delete it and the model will be trained again", e);
        }
    }
}
