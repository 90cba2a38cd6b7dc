package jielong.course.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import jielong.course.Runs;
import jielong.data.QaMixture;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.notebook.ProgressBar;
import jielong.tokenize.CharTokenizer;
import jielong.train.Checkpoint;
import jielong.train.Progress;
import jielong.train.RunFiles;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * The question-answering GPT of lessons 11 to 13: a character-level model pre-trained on a {@link
 * QaMixture} (closed-book facts, reading a passage, few-shot letter ciphers, sums, travel problems),
 * all in one {@code "Q: ...\nA: ..."} format. Lesson 11 trains it into its run folder, {@code
 * runs/11-prompts/<fast|full>/} ({@code ckpt.bin} and {@code tokenizer.txt}, the folder {@code ./jielong
 * serve --checkpoint} takes); lessons 12 and 13 load it from there, training it if it is missing.
 */
public final class QaGpt {
    /** The lesson whose run folder holds the model. */
    public static final String LESSON = "11-prompts";
    /** Seed of the mixture (the world, the ciphers, the sums) and of the weights. */
    public static final long SEED = 11;
    /** Every character the model can read or write: newline and printable ASCII. */
    public static final String ALPHABET;

    static {
        StringBuilder a = new StringBuilder("\n");
        for (char c = ' '; c <= '~'; c++) a.append(c);
        ALPHABET = a.toString();
    }

    private QaGpt() {}

    /** One token per character of {@link #ALPHABET}: 96 tokens, so any ASCII prompt can be read. */
    public static CharTokenizer tokenizer() {
        return CharTokenizer.fromText(ALPHABET);
    }

    /**
     * The shape: 3 layers, 4 heads, width 96, a context of 160 characters (room for eight cipher
     * examples and a question, or a passage and a question); in fast mode 2 layers of width 64.
     */
    public static GptConfig shape(boolean fast) {
        int v = ALPHABET.length();
        return fast ? new GptConfig(v, 160, 2, 2, 64, 0f) : new GptConfig(v, 160, 3, 4, 96, 0f);
    }

    /** The training run: windows of the whole context, AdamW with cosine decay; fast mode is shorter and hotter. */
    public static TrainConfig training(boolean fast) {
        TrainConfig base = TrainConfig.defaults().withWeightDecay(0.1f).withSeed(SEED);
        return fast ? base.withIters(300).withBatchSize(8).withLearningRate(3e-3f).withWarmup(20).withEval(100, 4).withCheckpointEvery(100)
                : base.withIters(1500).withBatchSize(12).withLearningRate(2e-3f).withWarmup(50).withEval(250, 8).withCheckpointEvery(250);
    }

    /** The training text of this mode. */
    public static QaMixture mixture(boolean fast) {
        return QaMixture.generate(SEED, fast ? QaMixture.Sizes.fast() : QaMixture.Sizes.full());
    }

    /** The run folder, {@code runs/11-prompts/full} (or {@code fast}) in the checkout. */
    public static Path folder(boolean fast) {
        return Runs.lesson(LESSON, fast);
    }

    /** The trained model for a notebook: loaded if it is there, else trained (or resumed) with a progress bar. */
    public static Gpt loadOrTrain(boolean fast) {
        ProgressBar[] bar = {null};
        Gpt model = loadOrTrain(fast, folder(fast), p -> {
            if (bar[0] == null) bar[0] = ProgressBar.start("training the question-answering GPT", p.totalSteps());
            bar[0].update(p.step(), p.totalSteps(), p.loss(), p.tokensPerSecond(), p.etaSeconds());
        });
        if (bar[0] != null) bar[0].done();
        return model;
    }

    /** The trained model in {@code dir}: loaded if its checkpoint is complete, else trained (or resumed) there. */
    public static Gpt loadOrTrain(boolean fast, Path dir, Consumer<Progress> progress) {
        TrainConfig training = training(fast);
        try (RunFiles run = RunFiles.lockForWriting(dir)) {
            CharTokenizer tok = tokenizer();
            Trainer trainer;
            if (run.hasCheckpoint()) {
                Checkpoint.Contents saved = run.load();
                run.loadTokenizer(saved); // checks that the tokenizer beside it is the one it was trained with
                if (saved.step() >= training.iters()) return saved.toModel();
                run.keepTokenizer();
                TokenData all = new TokenData(tok.encode(mixture(fast).text()));
                trainer = Trainer.resume(run.checkpoint(), all.head(0.95), all.tail(0.95), training);
            } else {
                run.stageTokenizer(tok);
                TokenData all = new TokenData(tok.encode(mixture(fast).text()));
                trainer = new Trainer(new Gpt(shape(fast), training.seed()), all.head(0.95), all.tail(0.95), training);
            }
            trainer.checkpointTo(run).onProgress(progress).run();
            return trainer.model();
        } catch (IOException e) {
            throw new UncheckedIOException("could not use the run folder " + dir + ": " + e.getMessage()
                    + "; delete the folder and the model will be trained again", e);
        }
    }
}
