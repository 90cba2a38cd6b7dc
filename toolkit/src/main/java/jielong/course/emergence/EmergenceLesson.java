package jielong.course.emergence;

import java.nio.file.Path;
import java.util.List;

import jielong.course.Runs;
import jielong.data.ArithmeticProblem;
import jielong.engine.Parallel;
import jielong.model.Gpt;
import jielong.train.NextTokenLoss;
import jielong.train.TrainConfig;
import jielong.train.Trainer;
import jielong.notebook.Numbers;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Lesson 07's settings in one place, for full and fast mode: the addition family's recipe, the
 * held-out sums, the grokking runs and sweeps, and the run folder {@code runs/07-emergence/<mode>/}.
 */
public final class EmergenceLesson {
    /** The notebook's name, and its run folder's. */
    public static final String NAME = "07-emergence";
    /** Held-out problems every model is scored on (never in a training batch). */
    public static final int HELD_OUT = 1_000;
    /** Seed of the held-out problems. */
    public static final long HELD_OUT_SEED = 2023;
    /** One seed for the family's weights and batches. */
    public static final long SEED = 7;

    private EmergenceLesson() {}

    /** {@code runs/07-emergence/full} or {@code .../fast}. */
    public static Path folder(boolean fast) {
        return Runs.lesson(NAME, fast);
    }

    /** The held-out sums (the same in both modes). */
    public static List<ArithmeticProblem> heldOut() {
        return AdditionTask.heldOut(HELD_OUT_SEED, HELD_OUT);
    }

    /**
     * The family: full mode seven widths from 4 to 32 (2 layers, 1,500 steps of 64 problems, peak
     * learning rate 0.01), width 32 watched every 100 steps; fast mode the same recipe for widths 4,
     * 8, 16 and 24 (the same models as in full mode), width 24 watched every 150 steps.
     */
    public static AdditionFamily.Recipe family(boolean fast) {
        return fast
                ? new AdditionFamily.Recipe(List.of(4, 8, 16, 24), 2, 1_500, 64, 1e-2f, 24, 150, SEED)
                : new AdditionFamily.Recipe(List.of(4, 8, 12, 16, 20, 24, 32), 2, 1_500, 64, 1e-2f, 32, 100, SEED);
    }

    /**
     * The main grokking run: full mode p = 53, half the pairs, weight decay 1, learning rate 0.01,
     * 2,000 full-batch steps; fast mode p = 31, 70% of the pairs, 1,000 steps. Embeddings of width 32, 128 hidden units.
     */
    public static Grokking.Setting grokking(boolean fast) {
        return fast
                ? new Grokking.Setting(31, 0.7, 1f, 1e-2f, 1_000, 32, 128, 1)
                : new Grokking.Setting(53, 0.5, 1f, 1e-2f, 2_000, 32, 128, 1);
    }

    /** Weight decays swept (the main run's included). */
    public static List<Float> weightDecays(boolean fast) {
        return fast ? List.of(0f, 1f) : List.of(0f, 0.1f, 1f);
    }

    /** Training fractions swept (the main run's included). */
    public static List<Double> fractions(boolean fast) {
        return fast ? List.of(0.5, 0.7) : List.of(0.3, 0.5, 0.7);
    }

    /**
     * Every grokking run of the lesson, the main one first: the main setting at each swept weight
     * decay, then at each swept training fraction (each setting once).
     */
    public static List<Grokking.Setting> grokkingRuns(boolean fast) {
        Grokking.Setting main = grokking(fast);
        java.util.LinkedHashSet<Grokking.Setting> all = new java.util.LinkedHashSet<>();
        all.add(main);
        weightDecays(fast).forEach(wd -> all.add(main.withWeightDecay(wd)));
        fractions(fast).forEach(f -> all.add(main.withFraction(f)));
        return List.copyOf(all);
    }

    /** The runs at the main run's training fraction, by weight decay, smallest first. */
    public static List<Grokking.Run> byWeightDecay(List<Grokking.Run> runs, Grokking.Setting main) {
        return runs.stream().filter(r -> r.setting().fraction() == main.fraction())
                .sorted(java.util.Comparator.comparingDouble(r -> r.setting().weightDecay())).toList();
    }

    /** The runs at the main run's weight decay, by training fraction, smallest first. */
    public static List<Grokking.Run> byFraction(List<Grokking.Run> runs, Grokking.Setting main) {
        return runs.stream().filter(r -> r.setting().weightDecay() == main.weightDecay())
                .sorted(java.util.Comparator.comparingDouble(r -> r.setting().fraction())).toList();
    }

    /**
     * Milliseconds per training step of a family member at two batch sizes, the median of
     * {@code steps} steps after as many to warm up, on one thread: {@code {ms at batch 1, ms at the recipe's batch}}.
     * A step of one problem is nearly all fixed cost (the ops' bookkeeping), the rest is arithmetic.
     */
    public static double[] msPerStep(AdditionFamily.Recipe recipe, int width, int steps) {
        double[] out = new double[2];
        int[] batches = {1, recipe.batchSize()};
        int before = Parallel.threads();
        Parallel.setThreads(1);
        try {
            if (!warmedUp) { // the first steps of a fresh JVM run interpreted, before the JIT has compiled the ops
                timeSteps(recipe, recipe.widths().get(0), recipe.batchSize(), 100);
                warmedUp = true;
            }
            for (int i = 0; i < 2; i++) out[i] = timeSteps(recipe, width, batches[i], steps);
        } finally {
            Parallel.setThreads(before);
        }
        return out;
    }

    private static boolean warmedUp;

    /**
     * The median time of one step, milliseconds, over the second half of 2 · steps steps (the first
     * half warms up); the median, not the mean, so that a moment when another program takes the
     * core does not count.
     */
    private static double timeSteps(AdditionFamily.Recipe recipe, int width, int batch, int steps) {
        Gpt model = new Gpt(recipe.shape(width), 1);
        TrainConfig c = recipe.trainConfig().withIters(2 * steps).withBatchSize(batch).withCheckpointEvery(0);
        double[] ms = new double[steps];
        long[] last = {System.nanoTime()};
        new Trainer(model, NextTokenLoss.onAnswers(model), AdditionTask.training(List.of()), null, c)
                .onProgress(p -> {
                    long now = System.nanoTime();
                    if (p.step() > steps) ms[p.step() - steps - 1] = (now - last[0]) / 1e6;
                    last[0] = now;
                })
                .run();
        java.util.Arrays.sort(ms);
        return ms[steps / 2];
    }

    /** The family as a table: size and the four metrics at the end of training. */
    public static Table familyTable(List<AdditionFamily.Member> family) {
        return Table.create("Addition family: scores on " + Numbers.count(HELD_OUT) + " held-out sums").addColumns(
                StringColumn.create("width", family.stream().map(m -> Integer.toString(m.width()))),
                StringColumn.create("parameters", family.stream().map(m -> Numbers.count(m.parameters()))),
                StringColumn.create("exact match", family.stream().map(m -> Numbers.percent(m.last("exact_match")))),
                StringColumn.create("per-token accuracy p", family.stream().map(m -> Numbers.percent(m.last("token_accuracy")))),
                StringColumn.create("p^6", family.stream().map(m -> Numbers.percent(m.last("predicted_p_to_the_L")))),
                StringColumn.create("product of positions", family.stream().map(m -> Numbers.percent(m.last("predicted_by_position")))),
                StringColumn.create("loss (nats/token)", family.stream().map(m -> Numbers.format(m.last("loss_nats")))),
                StringColumn.create("edit distance (tokens)", family.stream().map(m -> Numbers.format(m.last("edit_distance")))));
    }

    /** Each member's accuracy at each answer position, units digit first: where its right digits are. */
    public static Table positionTable(List<AdditionFamily.Member> family) {
        Table t = Table.create("Share right at each answer position (units digit first), " + Numbers.count(HELD_OUT) + " held-out sums").addColumns(
                StringColumn.create("width", family.stream().map(m -> Integer.toString(m.width()))),
                StringColumn.create("parameters", family.stream().map(m -> Numbers.count(m.parameters()))));
        String[] names = {"units", "tens", "hundreds", "thousands", "ten thousands", "hundred thousands"};
        for (int k = 1; k <= AdditionTask.ANSWER_LENGTH; k++) {
            String column = AdditionFamily.position(k);
            t.addColumns(StringColumn.create(k + ": " + names[k - 1], family.stream().map(m -> Numbers.percent(m.last(column)))));
        }
        return t.addColumns(StringColumn.create("exact match", family.stream().map(m -> Numbers.percent(m.last("exact_match")))));
    }

    /** Grokking runs as a table: the swept setting, when training and validation reached their marks. */
    public static Table sweepTable(String title, List<Grokking.Run> runs) {
        return Table.create(title).addColumns(
                StringColumn.create("weight decay", runs.stream().map(r -> Numbers.format(r.setting().weightDecay()))),
                StringColumn.create("training pairs", runs.stream().map(r -> Numbers.percent(r.setting().fraction()))),
                StringColumn.create("train acc ≥ 99% at step", runs.stream().map(r -> step(r.stepsToMemorise()))),
                StringColumn.create("val acc ≥ 95% at step", runs.stream().map(r -> step(r.stepsToGeneralise()))),
                StringColumn.create("final val accuracy", runs.stream().map(r -> Numbers.percent(r.curve().last("val_accuracy")))),
                StringColumn.create("final weight norm", runs.stream().map(r -> Numbers.format(r.curve().last("weight_norm")))));
    }

    private static String step(int s) {
        return s < 0 ? "not within the run" : Numbers.count(s);
    }
}
