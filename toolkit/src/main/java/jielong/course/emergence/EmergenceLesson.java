package jielong.course.emergence;

import java.nio.file.Path;
import java.util.List;

import jielong.course.Runs;
import jielong.data.ArithmeticProblem;
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
     * The family: full mode six widths from 16 to 96 (2 layers, 1,500 steps of 64 problems, peak
     * learning rate 0.01), the widest watched; fast mode four widths from 16 to 48 for 600 steps.
     */
    public static AdditionFamily.Recipe family(boolean fast) {
        return fast
                ? new AdditionFamily.Recipe(List.of(16, 24, 32, 48), 2, 600, 64, 1e-2f, 48, 50, SEED)
                : new AdditionFamily.Recipe(List.of(16, 24, 32, 48, 64, 96), 2, 1_500, 64, 1e-2f, 96, 100, SEED);
    }

    /**
     * The main grokking run: full mode p = 53, half the pairs, weight decay 1, learning rate 0.01,
     * 3,000 full-batch steps; fast mode p = 31 for 1,500 steps. Embeddings of width 32, 128 hidden units.
     */
    public static Grokking.Setting grokking(boolean fast) {
        return fast
                ? new Grokking.Setting(31, 0.5, 1f, 1e-2f, 1_500, 32, 128, 1)
                : new Grokking.Setting(53, 0.5, 1f, 1e-2f, 3_000, 32, 128, 1);
    }

    /** Weight decays swept (the main run's included). */
    public static List<Float> weightDecays(boolean fast) {
        return fast ? List.of(0f, 1f) : List.of(0f, 0.1f, 0.3f, 1f);
    }

    /** Training fractions swept (the main run's included). */
    public static List<Double> fractions(boolean fast) {
        return fast ? List.of(0.5, 0.7) : List.of(0.3, 0.4, 0.5, 0.7);
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
