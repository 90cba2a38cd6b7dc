package jielong.course.reasoning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jielong.course.emergence.SideBySide;
import jielong.data.ArithmeticProblem;
import jielong.experiment.CurveRun;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.notebook.ProgressBar;
import jielong.tokenize.WordTokenizer;
import jielong.train.Examples;
import jielong.train.NextTokenLoss;
import jielong.train.TrainConfig;

/**
 * Part 2 of lesson 17 (Lee et al. 2023): sums of two numbers of {@code digits} digits, plain and
 * with a scratchpad, each format trained on fixed training sets of several sizes with the same
 * model and the same steps, and scored by exact match on held-out sums none of them contains.
 * Each model is measured along its training too, to compare how fast the formats learn.
 */
public final class AdditionStudy {
    /** What is measured: exact match on the held-out sums. */
    public static final List<String> COLUMNS = List.of("exact_match");

    /**
     * The recipe every run shares.
     *
     * @param digits       digits of each operand
     * @param sizes        training-set sizes (distinct sums), smallest first
     * @param width        residual width (heads of 16)
     * @param layers       transformer blocks
     * @param steps        training steps, the same for every run
     * @param batchSize    sums per step
     * @param learningRate peak learning rate (warm-up over a tenth, cosine decay to a tenth)
     * @param measureEvery steps between measurements along training
     * @param seed         weights, training sets and batches
     */
    public record Recipe(int digits, List<Integer> sizes, int width, int layers, int steps, int batchSize, float learningRate,
                         int measureEvery, long seed) {
        public Recipe {
            if (digits < 1 || sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("give at least one digit and training sizes of at least 1, got " + digits + " and " + sizes);
            }
            if (width < 16 || width % 16 != 0) throw new IllegalArgumentException("the width is a multiple of 16 (heads of 16), got " + width);
            if (layers < 1 || steps < 1 || batchSize < 1 || measureEvery < 1 || !(learningRate > 0)) {
                throw new IllegalArgumentException("layers, steps, batch, measureEvery and learning rate must be positive: " + this);
            }
            sizes = List.copyOf(sizes);
        }

        /** The model: context for the longest scratchpad ("Answer:" and the end included). */
        public GptConfig shape(int vocabSize) {
            int context = 2 * digits + 2 + 9 * digits + 2 + digits + 1;
            return new GptConfig(vocabSize, context, layers, width / 16, width, 0f);
        }

        /** AdamW, weight decay 0.1, clipping at 1, no validation pass, checkpoints every quarter. */
        public TrainConfig trainConfig() {
            return new TrainConfig(steps, batchSize, learningRate, learningRate / 10, Math.max(1, steps / 10), 0.1f, 0.9f, 0.99f,
                    1f, 0, 1, Math.max(1, steps / 4), seed);
        }

        /** A run's file name: {@code add3-steps-n1000-L2-d48-s1500-b32-lr0.005-seed17}. */
        public String id(Format format, int size) {
            return "add" + digits + "-" + format.id() + "-n" + size + "-L" + layers + "-d" + width + "-s" + steps + "-b" + batchSize
                    + "-lr" + learningRate + "-seed" + seed;
        }
    }

    /** One run: its format, training-set size and exact match along training (the last row at the end). */
    public record Run(Format format, int size, CurveRun.Curve curve) {
        /** Exact match at the end of training. */
        public double exactMatch() {
            return curve.last("exact_match");
        }
    }

    private AdditionStudy() {}

    /** The training set of one size: the first {@code size} of one seeded list of distinct sums, none held out (so sets are nested). */
    public static List<ArithmeticProblem> trainingSet(Recipe recipe, List<ArithmeticProblem> heldOut, int size) {
        int largest = recipe.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return ScratchpadAddition.distinct(recipe.seed(), recipe.digits(), largest, ScratchpadAddition.prompts(heldOut)).subList(0, size);
    }

    /** Trains (or loads) every run, two at a time, on a progress bar; runs in order of format, then size. */
    public static List<Run> train(Path folder, Recipe recipe, List<ArithmeticProblem> heldOut, ProgressBar bar) {
        WordTokenizer tokenizer = ScratchpadAddition.tokenizer();
        List<Worked> held = ScratchpadAddition.worked(heldOut);
        Map<String, Run> done = new ConcurrentHashMap<>();
        Map<String, Integer> at = new ConcurrentHashMap<>();
        long total = 2L * recipe.sizes().size() * recipe.steps();
        List<Runnable> jobs = new ArrayList<>();
        List<Integer> largestFirst = new ArrayList<>(recipe.sizes());
        largestFirst.sort((a, b) -> b - a);
        for (int size : largestFirst) {
            for (Format f : Format.values()) {
                String id = recipe.id(f, size);
                jobs.add(() -> {
                    List<Examples.Example> examples = f.examples(tokenizer, ScratchpadAddition.worked(trainingSet(recipe, heldOut, size)));
                    Gpt model = new Gpt(recipe.shape(tokenizer.vocabSize()), recipe.seed());
                    CurveRun.Curve curve = CurveRun.run(folder, id, model::parameters, NextTokenLoss.onAnswers(model),
                            new Examples(examples, model.config.blockSize()), recipe.trainConfig(),
                            CurveRun.every(recipe.measureEvery(), recipe.steps()), COLUMNS,
                            step -> new double[] {Solver.accuracy(model, tokenizer, held, "")}, p -> {
                                at.put(id, p.step());
                                if (bar != null) bar.update(at.values().stream().mapToLong(Integer::longValue).sum(), total, p.loss(), Double.NaN, Double.NaN);
                            });
                    done.put(id, new Run(f, size, curve));
                });
            }
        }
        SideBySide.run(jobs);
        if (bar != null) {
            bar.update(total, total);
            bar.done();
        }
        List<Run> out = new ArrayList<>();
        for (Format f : Format.values()) for (int size : recipe.sizes()) out.add(done.get(recipe.id(f, size)));
        return out;
    }

    /** Held-out sums: {@code count} distinct ones from a seed. */
    public static List<ArithmeticProblem> heldOut(long seed, int digits, int count) {
        return ScratchpadAddition.distinct(seed, digits, count, new HashSet<>());
    }
}
