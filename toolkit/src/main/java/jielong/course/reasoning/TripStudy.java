package jielong.course.reasoning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jielong.course.emergence.SideBySide;
import jielong.experiment.CurveRun;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.notebook.ProgressBar;
import jielong.tokenize.WordTokenizer;
import jielong.train.NextTokenLoss;
import jielong.train.PackedExamples;
import jielong.train.TrainConfig;

/**
 * Part 1 of lesson 17: the same GPT, trained with the same steps on the same trips, once with
 * answers only and once with steps then answer, each measured on held-out trips and on three
 * harder sets. Rows are packed to the context (see {@link PackedExamples}), so both formats train
 * on the same number of token positions a step: the same compute. Each model is a
 * {@link CurveRun} in the run folder: a finished one is only loaded, an interrupted one resumes.
 */
public final class TripStudy {
    /** The measured accuracies (shares of problems answered exactly), in order. */
    public static final List<String> COLUMNS = List.of("one_leg", "two_legs", "three_legs", "faster", "hours");

    /** The essay's example, written out in a prompt before a question: 30 minutes at 60 km/h. */
    public static final Trip ESSAY_EXAMPLE = new Trip("train", List.of(new Trip.Leg(60, 30)), false);

    /**
     * The recipe both formats share.
     *
     * @param width        residual width (heads of 16)
     * @param layers       transformer blocks
     * @param context      tokens a row holds (and the model's context)
     * @param steps        training steps
     * @param batchSize    rows per step
     * @param learningRate peak learning rate (warm-up over a tenth, cosine decay to a tenth)
     * @param poolSize     trips in the training pool (half one leg, half two)
     * @param seed         weights, pool and batches
     */
    public record Recipe(int width, int layers, int context, int steps, int batchSize, float learningRate, int poolSize, long seed) {
        public Recipe {
            if (width < 16 || width % 16 != 0) throw new IllegalArgumentException("the width is a multiple of 16 (heads of 16), got " + width);
            if (layers < 1 || context < 16 || steps < 1 || batchSize < 1 || poolSize < 2 || !(learningRate > 0)) {
                throw new IllegalArgumentException("layers, steps, batch, pool and learning rate must be positive and the context at least 16: " + this);
            }
        }

        /** The model: {@code width / 16} heads. */
        public GptConfig shape(int vocabSize) {
            return new GptConfig(vocabSize, context, layers, width / 16, width, 0f);
        }

        /** AdamW, weight decay 0.1, gradient clipping at 1, no validation pass, checkpoints every quarter. */
        public TrainConfig trainConfig() {
            return new TrainConfig(steps, batchSize, learningRate, learningRate / 10, Math.max(1, steps / 10), 0.1f, 0.9f, 0.99f,
                    1f, 0, 1, Math.max(1, steps / 4), seed);
        }

        /** A run's file name: {@code trips-steps-L2-d64-c128-s2000-b16-lr0.005-seed17}. */
        public String id(Format format) {
            return "trips-" + format.id() + "-L" + layers + "-d" + width + "-c" + context + "-s" + steps + "-b" + batchSize
                    + "-lr" + learningRate + "-pool" + poolSize + "-seed" + seed;
        }
    }

    /**
     * The problems every model is measured on; no training trip has the signature of one of them.
     *
     * @param oneLeg    held-out trips of one leg (a third of all 81)
     * @param twoLegs   held-out trips of two legs
     * @param threeLegs harder: three legs (never trained)
     * @param faster    harder: one leg at 100 to 190 km/h (never trained)
     * @param hours     harder: one leg with its time in hours (never in a question)
     */
    public record Sets(List<Trip> oneLeg, List<Trip> twoLegs, List<Trip> threeLegs, List<Trip> faster, List<Trip> hours) {
        /** The sets from one seed. */
        public static Sets of(long seed, int twoLegs, int harder) {
            Set<String> held = new HashSet<>();
            List<Trip> one = Trips.distinct(seed, Trips.Kind.training(1), 27, held);
            List<Trip> two = Trips.distinct(seed + 1, Trips.Kind.training(2), twoLegs, held);
            return new Sets(one, two, Trips.distinct(seed + 2, Trips.Kind.training(3), harder, new HashSet<>()),
                    Trips.distinct(seed + 3, new Trips.Kind(1, 100, 190, false), harder, new HashSet<>()),
                    Trips.distinct(seed + 4, new Trips.Kind(1, 10, 90, true), harder, new HashSet<>()));
        }

        /** Signatures no training trip may have. */
        public Set<String> heldOut() {
            Set<String> s = new HashSet<>();
            oneLeg.forEach(t -> s.add(t.signature()));
            twoLegs.forEach(t -> s.add(t.signature()));
            return s;
        }
    }

    /** One trained model, its format and its measurements (one row, at the end of training). */
    public record Result(Format format, Gpt model, CurveRun.Curve curve) {
        /** One measured accuracy. */
        public double last(String column) {
            return curve.last(column);
        }
    }

    private TripStudy() {}

    /** The training pool for a recipe: half one-leg, half two-leg trips, none held out. */
    public static List<Trip> pool(Recipe recipe, Sets sets) {
        return Trips.pool(recipe.seed(), List.of(Trips.Kind.training(1), Trips.Kind.training(2)), recipe.poolSize(), sets.heldOut());
    }

    /** Trains (or loads) one model per format, side by side, on a progress bar, and measures each. */
    public static List<Result> train(Path folder, Recipe recipe, Sets sets, ProgressBar bar) {
        WordTokenizer tokenizer = Trips.tokenizer();
        List<Worked> pool = Trips.worked(pool(recipe, sets));
        Map<Format, Result> done = new ConcurrentHashMap<>();
        Map<Format, Integer> at = new ConcurrentHashMap<>();
        long total = (long) Format.values().length * recipe.steps();
        List<Runnable> jobs = new ArrayList<>();
        for (Format f : Format.values()) {
            jobs.add(() -> {
                Gpt model = new Gpt(recipe.shape(tokenizer.vocabSize()), recipe.seed());
                CurveRun.Curve curve = CurveRun.run(folder, recipe.id(f), model::parameters, NextTokenLoss.onAnswers(model),
                        new PackedExamples(f.examples(tokenizer, pool), recipe.context()), recipe.trainConfig(),
                        new int[] {recipe.steps()}, COLUMNS, step -> measure(model, tokenizer, sets), p -> {
                            at.put(f, p.step());
                            if (bar != null) bar.update(at.values().stream().mapToLong(Integer::longValue).sum(), total, p.loss(), Double.NaN, Double.NaN);
                        });
                done.put(f, new Result(f, model, curve));
            });
        }
        SideBySide.run(jobs);
        if (bar != null) {
            bar.update(total, total);
            bar.done();
        }
        return List.of(done.get(Format.ANSWER_ONLY), done.get(Format.STEPS));
    }

    /** Accuracy on each set, in the order of {@link #COLUMNS}. */
    public static double[] measure(Gpt model, WordTokenizer tokenizer, Sets sets) {
        List<Worked> two = Trips.worked(sets.twoLegs());
        return new double[] {
                Solver.accuracy(model, tokenizer, Trips.worked(sets.oneLeg()), ""),
                Solver.accuracy(model, tokenizer, two, ""),
                Solver.accuracy(model, tokenizer, Trips.worked(sets.threeLegs()), ""),
                Solver.accuracy(model, tokenizer, Trips.worked(sets.faster()), ""),
                Solver.accuracy(model, tokenizer, Trips.worked(sets.hours()), ""),
        };
    }

    /**
     * Part 3: each model's accuracy on the held-out two-leg trips with the essay's example before
     * each question, worked in steps and with its answer only: {@code {after steps, after answer only}}
     * per result, in order.
     */
    public static double[][] afterExample(List<Result> results, Sets sets) {
        WordTokenizer tokenizer = Trips.tokenizer();
        List<Worked> two = Trips.worked(sets.twoLegs());
        double[][] out = new double[results.size()][];
        for (int i = 0; i < out.length; i++) {
            Gpt m = results.get(i).model();
            out[i] = new double[] {Solver.accuracy(m, tokenizer, two, ESSAY_EXAMPLE.worked().text(Format.STEPS)),
                    Solver.accuracy(m, tokenizer, two, ESSAY_EXAMPLE.worked().text(Format.ANSWER_ONLY))};
        }
        return out;
    }
}
