package jielong.course.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jielong.course.Runs;
import jielong.data.QaMixture;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.notebook.ProgressBar;
import jielong.tokenize.CharTokenizer;
import jielong.train.Checkpoint;
import jielong.train.Examples;
import jielong.train.NextTokenLoss;
import jielong.train.Progress;
import jielong.train.RunFiles;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * The question-answering GPT of lessons 11 to 13: a character-level model trained on the records
 * of a {@link QaMixture} (closed-book facts, reading a passage, few-shot letter ciphers, sums, travel
 * problems), all in one {@code "Q: ...\nA: ..."} format, the loss on answers only ({@link #examples}). Lesson 11 trains it into its run folder, {@code
 * runs/11-prompts/<fast|full>/} ({@code ckpt.bin} and {@code tokenizer.txt}, the folder {@code ./jielong
 * serve --checkpoint} takes); lessons 12 and 13 load it from there, training it if it is missing.
 * Beside them, {@code recipe.txt} says how the model was trained ({@link Recipe}): a checkpoint left
 * by another recipe is set aside and the model trained again, instead of loaded as if it were this one.
 */
public final class QaGpt {
    /** The lesson whose run folder holds the model. */
    public static final String LESSON = "11-prompts";
    /** What a checkpoint of another recipe, and the files beside it, are renamed to end with. */
    public static final String OLD_RECIPE = ".old-recipe";
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
     * The shape, in both modes: 2 layers, 2 heads, width 64, a context of 160 characters (room for
     * eight cipher examples and a question, or a passage and a question). Trained on answers
     * ({@link #examples}) it learns to copy from a passage within 4,000 steps; 3 layers of width 96
     * trained on windows of the whole text had not, after 1,500.
     */
    public static GptConfig shape(boolean fast) {
        return new GptConfig(ALPHABET.length(), 160, 2, 2, 64, 0f);
    }

    /**
     * The training run: batches of 16 records, AdamW at 3e-3 with cosine decay; fast mode is shorter.
     * 400 steps are too few for copying from the prompt to form (the full run's starts after about
     * 2,000). Runs of up to 800 fast steps did not form it either: a learning rate of 1e-2 or 2e-2,
     * rows packed with records, more reading or more word episodes, the loss on an episode's last
     * answer only, or 300 to 600 steps of pure copy records ({@code "Q: Name\nA: Name"}, which alone
     * reach 40-47% exact copies in 400 steps) before the mixture, which then unlearns them.
     */
    public static TrainConfig training(boolean fast) {
        TrainConfig base = TrainConfig.defaults().withWeightDecay(0.1f).withSeed(SEED).withBatchSize(16).withLearningRate(3e-3f);
        return fast ? base.withIters(400).withWarmup(20).withEval(200, 4).withCheckpointEvery(200)
                : base.withIters(4000).withWarmup(30).withEval(500, 8).withCheckpointEvery(500);
    }

    /**
     * The mixture's records as training examples, the loss on what follows each record's first
     * {@code "A: "}: the answer of a fact, a reading question or a sum, and every answer (with the
     * questions between) of a cipher episode. On the whole text, most of the loss would go to
     * passages and names nobody can predict; on answers the gradient goes to looking things up in
     * the prompt, which is what forms the copying heads. Records longer than the context are left out.
     */
    public static List<Examples.Example> examples(QaMixture mixture, CharTokenizer tok, int context) {
        List<Examples.Example> out = new ArrayList<>();
        for (String record : mixture.text().split("\n\n")) {
            String r = record.strip() + "\n";
            int answer = r.indexOf("\n" + QaMixture.A);
            if (answer < 0 || r.length() - 1 > context) continue;
            out.add(new Examples.Example(tok.encode(r), answer + 1 + QaMixture.A.length()));
        }
        return out;
    }

    /**
     * Everything that decides what a run trains, as text: the shape, the training settings, the
     * mixture's sizes and seed, and how records become examples. Written to {@code recipe.txt} beside
     * the checkpoint and compared when the folder is opened again.
     */
    public record Recipe(GptConfig shape, TrainConfig training, QaMixture.Sizes sizes) {
        /** The file beside the checkpoint that holds {@link #text()}. */
        public static final String FILE = "recipe.txt";

        /** One line for each part, in a fixed order. */
        public String text() {
            return "shape: " + shape + "\ntraining: " + training + "\nmixture: " + sizes + ", seed " + SEED
                    + "\nexamples: one per record, the loss from its first \"" + QaMixture.A.strip() + "\" on, records longer than the context left out\n";
        }

        /**
         * Why a saved checkpoint is not this recipe's, or null if it is. The shape and the training
         * settings are inside every checkpoint; the mixture only in {@code savedText}, the recipe file
         * beside it (null when there is none: folders written before recipe files existed, whose
         * checkpoint is then judged by the first two alone).
         */
        public String staleness(Checkpoint.Contents saved, String savedText) {
            if (!shape.equals(saved.model())) return "its shape is " + saved.model() + ", this recipe's " + shape;
            if (!training.equals(saved.training())) return "it was trained with " + saved.training() + ", this recipe with " + training;
            if (savedText == null || savedText.equals(text())) return null;
            String[] was = savedText.split("\n"), now = text().split("\n");
            for (int i = 0; i < now.length; i++) {
                if (i >= was.length || !was[i].equals(now[i])) return "its recipe says \"" + (i < was.length ? was[i] : "") + "\", this one \"" + now[i] + "\"";
            }
            return "its recipe file has lines this one does not: " + savedText.strip();
        }
    }

    /** The recipe of this mode. */
    public static Recipe recipe(boolean fast) {
        return new Recipe(shape(fast), training(fast), fast ? QaMixture.Sizes.fast() : QaMixture.Sizes.full());
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

    /**
     * The trained model in {@code dir}: loaded if its checkpoint is complete, else trained (or resumed)
     * there. A checkpoint of another recipe ({@link Recipe#staleness}) is renamed {@code *}{@value #OLD_RECIPE}
     * and the model trained from the start, with a line on standard output saying why.
     */
    public static Gpt loadOrTrain(boolean fast, Path dir, Consumer<Progress> progress) {
        Recipe recipe = recipe(fast);
        TrainConfig training = recipe.training();
        try (RunFiles run = RunFiles.lockForWriting(dir)) {
            CharTokenizer tok = tokenizer();
            GptConfig shape = recipe.shape();
            Path recipeFile = dir.resolve(Recipe.FILE);
            Checkpoint.Contents saved = run.hasCheckpoint() ? run.load() : null;
            if (saved != null) {
                String stale = recipe.staleness(saved, Files.isRegularFile(recipeFile) ? Files.readString(recipeFile, StandardCharsets.UTF_8) : null);
                if (stale != null) {
                    System.out.println("the model in " + dir + " was trained by another recipe (" + stale + "): it is kept as "
                            + run.checkpoint().getFileName() + OLD_RECIPE + " and the model is trained again");
                    for (Path p : new Path[] {run.checkpoint(), run.tokenizer(), recipeFile}) {
                        if (Files.exists(p)) Files.move(p, p.resolveSibling(p.getFileName() + OLD_RECIPE), StandardCopyOption.REPLACE_EXISTING);
                    }
                    saved = null;
                }
            }
            if (saved != null) {
                run.loadTokenizer(saved); // checks that the tokenizer beside it is the one it was trained with
                if (!Files.isRegularFile(recipeFile)) Files.writeString(recipeFile, recipe.text(), StandardCharsets.UTF_8);
                if (saved.step() >= training.iters()) return saved.toModel();
            } else {
                Files.writeString(recipeFile, recipe.text(), StandardCharsets.UTF_8);
            }
            List<Examples.Example> all = examples(mixture(fast), tok, shape.blockSize());
            int cut = all.size() * 95 / 100;
            Examples train = new Examples(all.subList(0, cut), shape.blockSize());
            Examples val = new Examples(all.subList(cut, all.size()), shape.blockSize());
            Trainer trainer;
            if (saved != null) {
                run.keepTokenizer();
                Gpt model = saved.toModel();
                trainer = Trainer.resume(run.checkpoint(), model, NextTokenLoss.onAnswers(model), train, val, training);
            } else {
                run.stageTokenizer(tok);
                Gpt model = new Gpt(shape, training.seed());
                trainer = new Trainer(model, NextTokenLoss.onAnswers(model), train, val, training);
            }
            trainer.checkpointTo(run).onProgress(progress).run();
            return trainer.model();
        } catch (IOException e) {
            throw new UncheckedIOException("could not use the run folder " + dir + ": " + e.getMessage()
                    + "; delete the folder and the model will be trained again", e);
        }
    }
}
