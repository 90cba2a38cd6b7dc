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
import jielong.data.Locations;
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
import jielong.train.ShippedModel;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * The question-answering GPT of lessons 11 to 13: a character-level model trained on the records
 * of a {@link QaMixture} (closed-book facts, reading a passage, few-shot letter ciphers, sums, travel
 * problems), all in one {@code "Q: ...\nA: ..."} format, the loss on answers only ({@link #examples}).
 * Full mode trains it into {@code runs/11-prompts/full/} ({@code ckpt.bin} and {@code tokenizer.txt},
 * the folder {@code ./jielong serve --checkpoint} takes) in lesson 11, and lessons 12 and 13 load it from
 * there, training it if it is missing. Fast mode loads the same recipe's model shipped with the course
 * in {@value #SHIPPED} ({@link #shipped}). Beside each checkpoint, {@code recipe.txt} says how the model
 * was trained ({@link Recipe}): a checkpoint left by another recipe is set aside and the model trained
 * again, instead of loaded as if it were this one.
 */
public final class QaGpt {
    /** The lesson whose run folder holds the model. */
    public static final String LESSON = "11-prompts";
    /** What a checkpoint of another recipe, and the files beside it, are renamed to end with. */
    public static final String OLD_RECIPE = ".old-recipe";
    /** The shipped model's folder, relative to the checkout. */
    public static final String SHIPPED = "datasets/models/qa-gpt";
    /** How to make the shipped model again. */
    public static final String REMAKE = "run notebooks/11-prompts.ipynb in full mode, then "
            + "java --add-modules jdk.incubator.vector -cp 'toolkit/target/classes:toolkit/target/lib/*' jielong.course.models.QaGpt ship \"how it was trained\"";
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
     * The shape: 2 layers, 2 heads, width 64, a context of 160 characters (room for eight cipher
     * examples and a question, or a passage and a question). Trained on answers ({@link #examples})
     * it learns to copy from a passage within 4,000 steps; 3 layers of width 96 trained on windows of
     * the whole text had not, after 1,500.
     */
    public static GptConfig shape() {
        return new GptConfig(ALPHABET.length(), 160, 2, 2, 64, 0f);
    }

    /** The training run: 4,000 batches of 16 records, AdamW at 3e-3 with warm-up and cosine decay. */
    public static TrainConfig training() {
        return TrainConfig.defaults().withWeightDecay(0.1f).withSeed(SEED).withBatchSize(16).withLearningRate(3e-3f)
                .withIters(4000).withWarmup(30).withEval(500, 8).withCheckpointEvery(500);
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

    /** The one recipe: what full mode trains, and what made the shipped model fast mode loads. */
    public static Recipe recipe() {
        return new Recipe(shape(), training(), QaMixture.Sizes.full());
    }

    /** The training text, and the world of facts, passages and questions the lessons ask about. */
    public static QaMixture mixture() {
        return QaMixture.generate(SEED, QaMixture.Sizes.full());
    }

    /**
     * Where the model is: in full mode the run folder {@code runs/11-prompts/full} in the checkout,
     * in fast mode the shipped model's folder, {@value #SHIPPED}.
     */
    public static Path folder(boolean fast) {
        return fast ? Locations.checkout().resolve(SHIPPED) : Runs.lesson(LESSON, false);
    }

    /** Where the notebook's model comes from, for a notebook to print: the shipped folder, or full mode's run folder. */
    public static String whereFrom(boolean fast) {
        Path dir = Locations.checkout().relativize(folder(fast).toAbsolutePath());
        return fast ? "shipped with the course in " + dir + " (full mode's recipe: fast mode does not train)" : "saved in " + dir;
    }

    /**
     * The model the course ships, checked ({@link ShippedModel#load}) and compared with this recipe.
     * Fast mode uses it because copying from the prompt, which few-shot prompts and retrieval both
     * need, forms only late in training: after about 2,000 of the 4,000 steps (81 s of training for
     * 2,000 steps on two quiet cores, several minutes on a laptop under load). Shorter runs of up to
     * 800 steps were tried with a dozen recipes (learning rates 1e-2 and 2e-2, rows packed with records,
     * more reading or more word episodes, the loss on an episode's last answer only, a phase of pure
     * copy records first) and none formed it; a model that cannot read its prompt would show lessons
     * 11 to 13 nothing. The shipped model is full mode's own, so fast mode's figures are full mode's
     * on fewer questions.
     */
    public static Gpt shipped() {
        Path dir = folder(true);
        try {
            ShippedModel model = ShippedModel.open(dir);
            Checkpoint.Contents saved = model.load();
            String stale = recipe().staleness(saved, model.recipe());
            if (stale != null) {
                throw new IllegalStateException("the model shipped in " + SHIPPED + " was made by another recipe (" + stale
                        + "): ship it again after training the new one in full mode (" + REMAKE + ")");
            }
            return saved.toModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * The model for a notebook. Fast mode: the shipped model ({@link #shipped}). Full mode: the model in
     * {@code runs/11-prompts/full}, loaded if it is there, else trained (or resumed) with a progress bar.
     */
    public static Gpt loadOrTrain(boolean fast) {
        if (fast) return shipped();
        ProgressBar[] bar = {null};
        Gpt model = loadOrTrain(folder(false), p -> {
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
    public static Gpt loadOrTrain(Path dir, Consumer<Progress> progress) {
        Recipe recipe = recipe();
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
            List<Examples.Example> all = examples(mixture(), tok, shape.blockSize());
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

    /**
     * {@code ship "how it was trained"}: copies {@code runs/11-prompts/full} (a finished full run) to
     * {@value #SHIPPED} with its description and checksums. Run after the recipe changes; the tests
     * fail until it is done ({@code QaGptShippedTest}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].equals("ship")) {
            System.err.println("usage: QaGpt ship \"how it was trained (steps, time, machine, date)\"");
            System.exit(2);
        }
        Path run = folder(false);
        Checkpoint.Contents saved = RunFiles.at(run).load();
        String stale = recipe().staleness(saved, Files.readString(run.resolve(Recipe.FILE), StandardCharsets.UTF_8));
        if (stale != null || saved.step() < training().iters()) {
            System.err.println(run + " is not a finished run of this recipe (" + (stale != null ? stale : "step " + saved.step()) + "): " + REMAKE);
            System.exit(1);
        }
        ShippedModel.ship(run, folder(true), "qa-gpt", "The question-answering GPT of lessons 11 to 13 (prompts, retrieval, agents), "
                + "for their fast mode: full mode trains the same recipe itself.", args[1], REMAKE);
        System.out.println("shipped " + run + " to " + SHIPPED);
    }
}
