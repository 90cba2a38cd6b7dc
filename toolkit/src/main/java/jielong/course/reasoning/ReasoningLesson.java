package jielong.course.reasoning;

import java.nio.file.Path;
import java.util.List;

import jielong.course.Runs;
import jielong.data.ArithmeticProblem;
import jielong.notebook.Numbers;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Lesson 17's settings in one place, for full and fast mode: the trips recipe and problem sets,
 * the addition recipe and held-out sums, and the run folder {@code runs/17-chain-of-thought/<mode>/}.
 */
public final class ReasoningLesson {
    /** The notebook's name, and its run folder's. */
    public static final String NAME = "17-chain-of-thought";
    /** One seed for weights, pools and batches. */
    public static final long SEED = 17;
    /** Seed of the held-out and harder problem sets. */
    public static final long SETS_SEED = 2022;
    /** Digits of each operand of the addition part (Lee et al. use 3). */
    public static final int DIGITS = 3;

    private ReasoningLesson() {}

    /** {@code runs/17-chain-of-thought/full} or {@code .../fast}. */
    public static Path folder(boolean fast) {
        return Runs.lesson(NAME, fast);
    }

    /**
     * Both formats' recipe for trips: 2 layers of width 64, rows of 128 tokens; full mode 1,500
     * steps of 16 rows, fast mode 500 steps of 16 rows.
     */
    public static TripStudy.Recipe trips(boolean fast) {
        return fast
                ? new TripStudy.Recipe(64, 2, 128, 500, 16, 5e-3f, 20_000, SEED)
                : new TripStudy.Recipe(64, 2, 128, 1_500, 16, 5e-3f, 20_000, SEED);
    }

    /** The held-out and harder trips: 200 two-leg trips and 100 of each harder kind (fast mode 100 and 40). */
    public static TripStudy.Sets tripSets(boolean fast) {
        return fast ? TripStudy.Sets.of(SETS_SEED, 100, 40) : TripStudy.Sets.of(SETS_SEED, 200, 100);
    }

    /**
     * The addition recipe: 3-digit sums, 2 layers of width 32, 32 sums a step; full mode three
     * training sizes from 250 to 4,000 and 1,000 steps (measured every 250), fast mode 250 and
     * 2,000 sums and 800 steps (measured every 200).
     */
    public static AdditionStudy.Recipe addition(boolean fast) {
        return fast
                ? new AdditionStudy.Recipe(DIGITS, List.of(250, 2_000), 32, 2, 800, 32, 5e-3f, 200, SEED)
                : new AdditionStudy.Recipe(DIGITS, List.of(250, 1_000, 4_000), 32, 2, 1_000, 32, 5e-3f, 250, SEED);
    }

    /** Held-out sums every addition run is scored on: 300 (fast mode 150). */
    public static List<ArithmeticProblem> heldOutSums(boolean fast) {
        return AdditionStudy.heldOut(SETS_SEED, DIGITS, fast ? 150 : 300);
    }

    /** The trips results as a table: one row per format, the accuracy on each set. */
    public static Table tripsTable(List<TripStudy.Result> results, TripStudy.Sets sets) {
        Table t = Table.create("Trips: answers exactly right").addColumns(
                StringColumn.create("format", results.stream().map(r -> r.format().label())));
        String[] names = {"held-out, 1 leg (" + sets.oneLeg().size() + ")", "held-out, 2 legs (" + sets.twoLegs().size() + ")",
                "3 legs (" + sets.threeLegs().size() + ")", "100-190 km/h (" + sets.faster().size() + ")",
                "time in hours (" + sets.hours().size() + ")"};
        for (int i = 0; i < names.length; i++) {
            int c = i;
            t.addColumns(StringColumn.create(names[i], results.stream().map(r -> Numbers.percent(r.last(TripStudy.COLUMNS.get(c))))));
        }
        return t;
    }

    /**
     * The prompt experiment as a table: 2-leg accuracy with no example, or the essay's example
     * worked in steps or with its answer only before the question ({@link TripStudy#afterExample}).
     */
    public static Table promptTable(List<TripStudy.Result> results, TripStudy.Sets sets) {
        double[][] after = TripStudy.afterExample(results, sets);
        return Table.create("Held-out 2-leg trips, by what the prompt shows first").addColumns(
                StringColumn.create("trained on", results.stream().map(r -> r.format().label())),
                StringColumn.create("question alone", results.stream().map(r -> Numbers.percent(r.last("two_legs")))),
                StringColumn.create("after the worked example", java.util.Arrays.stream(after).map(a -> Numbers.percent(a[0]))),
                StringColumn.create("after the same example, answer only", java.util.Arrays.stream(after).map(a -> Numbers.percent(a[1]))));
    }

    /** The addition runs as a table: exact match by format and training-set size. */
    public static Table additionTable(List<AdditionStudy.Run> runs, AdditionStudy.Recipe recipe) {
        Table t = Table.create(recipe.digits() + "-digit addition: held-out exact match").addColumns(
                StringColumn.create("format", List.of(Format.ANSWER_ONLY.label(), Format.STEPS.label())));
        for (int size : recipe.sizes()) {
            t.addColumns(StringColumn.create(Numbers.count(size) + " sums", List.of(Format.values()).stream()
                    .map(f -> runs.stream().filter(r -> r.format() == f && r.size() == size).findFirst()
                            .map(r -> Numbers.percent(r.exactMatch())).orElse("-"))));
        }
        return t;
    }
}
