package jielong.course.emergence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jielong.data.ArithmeticProblem;
import jielong.experiment.CurveRun;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.notebook.ProgressBar;
import jielong.train.NextTokenLoss;
import jielong.train.TrainConfig;

/**
 * Lesson 07's family of GPTs on addition: the same recipe (steps, batch, learning rate, seed) at
 * several widths, all with the same layers and heads of width 16 (or 8, or 4), each measured on the same held-out sums.
 * One member, the watched one, is also measured along its training, to show the jump over steps.
 * Each member is a {@link CurveRun} in the family's folder, so the sweep resumes where it stopped.
 */
public final class AdditionFamily {
    /**
     * What is measured for each model, in the order of {@link AdditionEval.Scores#values()}: the
     * scores, then the accuracy at each answer position ({@code position_1} is the units digit).
     */
    public static final List<String> COLUMNS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("exact_match", "token_accuracy", "loss_nats", "edit_distance", "predicted_p_to_the_L", "predicted_by_position"),
            java.util.stream.IntStream.rangeClosed(1, AdditionTask.ANSWER_LENGTH).mapToObj(AdditionFamily::position)).toList();

    /** The column of answer position k, 1 to 6 from the units digit: {@code position_2} is the tens. */
    public static String position(int k) {
        if (k < 1 || k > AdditionTask.ANSWER_LENGTH) throw new IllegalArgumentException("answer positions run from 1 to " + AdditionTask.ANSWER_LENGTH + ", got " + k);
        return "position_" + k;
    }

    /**
     * The family's recipe.
     *
     * @param widths       model widths, smallest first
     * @param layers       transformer blocks
     * @param steps        training steps, the same for every member
     * @param batchSize    problems per step
     * @param learningRate peak learning rate (cosine decay to a tenth)
     * @param watchedWidth the member measured along its training
     * @param watchEvery   steps between its measurements
     * @param seed         weights and batches
     */
    public record Recipe(List<Integer> widths, int layers, int steps, int batchSize, float learningRate,
                         int watchedWidth, int watchEvery, long seed) {
        public Recipe {
            if (widths.isEmpty() || widths.stream().anyMatch(w -> w < 4 || w % 4 != 0)) {
                throw new IllegalArgumentException("give widths that are multiples of 4, got " + widths);
            }
            if (!widths.contains(watchedWidth)) throw new IllegalArgumentException("the watched width " + watchedWidth + " is not among " + widths);
            if (steps < 1 || batchSize < 1 || layers < 1 || watchEvery < 1) throw new IllegalArgumentException("steps, batch, layers and watchEvery must be positive");
            widths = List.copyOf(widths);
        }

        /** The model of one width: heads of width 16, or of 8 or 4 where the width is no multiple of 16 or 8; context 17. */
        public GptConfig shape(int width) {
            int heads = width % 16 == 0 ? width / 16 : width % 8 == 0 ? width / 8 : width / 4;
            return new GptConfig(AdditionTask.VOCAB, AdditionTask.CONTEXT, layers, heads, width, 0f);
        }

        /** Warm-up over the first tenth, cosine decay to a tenth of the peak, no validation pass. */
        public TrainConfig trainConfig() {
            return TrainConfig.defaults().withIters(steps).withBatchSize(batchSize).withLearningRate(learningRate)
                    .withWarmup(Math.max(1, steps / 10)).withEval(0, 1).withCheckpointEvery(Math.max(1, steps / 4)).withSeed(seed);
        }

        /**
         * A run's file name: {@code add2-L2-d64-s1500-b64-lr0.005-seed7}; "add2", as the runs measured
         * at each answer position too are named (an older "add-" run's files lack those columns).
         */
        public String id(int width) {
            return "add2-L" + layers + "-d" + width + "-s" + steps + "-b" + batchSize + "-lr" + learningRate + "-seed" + seed;
        }
    }

    /** One trained member: its width, parameter count, final scores and (for the watched one) its curve. */
    public record Member(int width, long parameters, Gpt model, CurveRun.Curve curve) {
        /** A measured quantity at the end of training. */
        public double last(String column) {
            return curve.last(column);
        }
    }

    private AdditionFamily() {}

    /**
     * Trains every member not yet in {@code folder} (two at a time on two cores), measuring each on
     * {@code heldOut} at the end and the watched one every {@code watchEvery} steps too.
     *
     * @param onStep hears each member's steps, with the member's width (may be null)
     */
    public static List<Member> train(Path folder, Recipe recipe, List<ArithmeticProblem> heldOut, StepListener onStep) {
        Map<Integer, Member> done = new ConcurrentHashMap<>();
        List<Runnable> jobs = new ArrayList<>();
        List<Integer> largestFirst = new ArrayList<>(recipe.widths());
        largestFirst.sort((a, b) -> b - a); // the longest runs start first, so the two cores finish together
        for (int width : largestFirst) {
            jobs.add(() -> done.put(width, trainOne(folder, recipe, width, heldOut, onStep)));
        }
        SideBySide.run(jobs);
        return recipe.widths().stream().map(done::get).toList();
    }

    /** {@link #train(Path, Recipe, List, StepListener)} with the family's steps done on a progress bar. */
    public static List<Member> train(Path folder, Recipe recipe, List<ArithmeticProblem> heldOut, ProgressBar bar) {
        Map<Integer, Integer> at = new ConcurrentHashMap<>();
        long total = (long) recipe.widths().size() * recipe.steps();
        long start = System.nanoTime();
        List<Member> family = train(folder, recipe, heldOut, (width, step, steps, loss) -> {
            at.put(width, step);
            long done = at.values().stream().mapToLong(Integer::longValue).sum();
            double elapsed = (System.nanoTime() - start) / 1e9;
            bar.update(done, total, loss, Double.NaN, done == 0 ? Double.NaN : elapsed * (total - done) / done);
        });
        bar.update(total, total);
        bar.done();
        return family;
    }

    /** Hears a member's training steps. */
    @FunctionalInterface
    public interface StepListener {
        void step(int width, int step, int steps, double loss);
    }

    private static Member trainOne(Path folder, Recipe recipe, int width, List<ArithmeticProblem> heldOut, StepListener onStep) {
        Gpt model = new Gpt(recipe.shape(width), recipe.seed());
        int[] at = width == recipe.watchedWidth() ? CurveRun.every(recipe.watchEvery(), recipe.steps()) : new int[] {recipe.steps()};
        Consumer<jielong.train.Progress> listener = onStep == null ? null : p -> onStep.step(width, p.step(), p.totalSteps(), p.loss());
        CurveRun.Curve curve = CurveRun.run(folder, recipe.id(width), model::parameters, NextTokenLoss.onAnswers(model),
                AdditionTask.training(heldOut), recipe.trainConfig(), at, COLUMNS,
                step -> AdditionEval.score(model, heldOut).values(), listener);
        return new Member(width, model.parameterCount(), model, curve);
    }
}
