package jielong.course.scaling;

import java.util.List;
import java.util.function.ToDoubleFunction;

import jielong.experiment.ResultsTable;
import jielong.experiment.RunResult;
import jielong.experiment.RunSpec;
import jielong.experiment.Sweep;
import jielong.fit.Bootstrap;
import jielong.fit.ChinchillaLaw;
import jielong.fit.PowerLaw;
import jielong.notebook.Numbers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The lesson's tables: the sweep's plan and runs under names in words, and our fitted constants
 * beside the published ones, each said to be "not identifiable" where the runs cannot pin it down.
 */
public final class ScalingTables {
    /** Below this share of the best loss, a fitted floor E sits on its lower bound, 0. */
    static final double AT_BOUND = 0.01;
    /**
     * Closer than this share of the runs' spread in loss (worst − best) to the best loss, E sits on
     * its upper bound: the fit has pressed the floor against the best run instead of finding a bend.
     */
    static final double AT_UPPER_BOUND = 0.01;
    /** A bootstrap interval wider than this factor (high / low) says the runs do not fix the number. */
    static final double TOO_WIDE = 10;

    private ScalingTables() {}

    /**
     * One slice of the runs for a power law: its name, x (parameters, tokens or FLOPs) and the
     * validation losses, nats per token.
     */
    public record Slice(String law, double[] x, double[] loss) {
        /** The fit with a floor, L = E + A / x^alpha. */
        public PowerLaw withFloor() {
            return PowerLaw.fit(x, loss);
        }

        /** The straight line on log-log axes, L = A / x^alpha. */
        public PowerLaw straightLine() {
            return PowerLaw.fitWithoutFloor(x, loss);
        }

        /** The smallest loss measured. */
        public double bestLoss() {
            return java.util.Arrays.stream(loss).min().orElse(Double.NaN);
        }

        /** The largest loss measured. */
        public double worstLoss() {
            return java.util.Arrays.stream(loss).max().orElse(Double.NaN);
        }

        /** The fitted floor for people: its value, or why it is not identifiable. */
        public String floor(PowerLaw fit) {
            return ScalingTables.floor(fit.e(), bestLoss(), worstLoss());
        }
    }

    /**
     * Whether a fitted floor sits on one of the bounds the fit allows, 0 or the best loss measured
     * (within 1% of the runs' spread in loss): then the runs did not place it, the optimiser only
     * ran into the wall.
     */
    public static boolean floorAtBound(double e, double bestLoss, double worstLoss) {
        return e < AT_BOUND * bestLoss || bestLoss - e < AT_UPPER_BOUND * (worstLoss - bestLoss);
    }

    /** Whether the refits spread too far to mean anything: over a factor of 10, or down to 0. */
    public static boolean tooWide(Bootstrap.Interval interval) {
        return !(interval.low() > 0) || interval.high() > TOO_WIDE * interval.low();
    }

    /** A fitted floor for people: its value, or why it is not identifiable. */
    public static String floor(double e, double bestLoss, double worstLoss) {
        if (e < AT_BOUND * bestLoss) return "not identifiable (fits to 0)";
        if (bestLoss - e < AT_UPPER_BOUND * (worstLoss - bestLoss)) {
            return "not identifiable (fits to the best loss, " + Numbers.format(bestLoss) + ")";
        }
        return Numbers.format(e);
    }

    /** The sweep's plan: each run's model size, data, steps and compute. */
    public static Table plan(Sweep sweep) {
        List<RunSpec> runs = sweep.runs();
        return Table.create("sweep plan").addColumns(
                StringColumn.create("run", runs.stream().map(RunSpec::id)),
                LongColumn.create("parameters N", runs.stream().mapToLong(RunSpec::parameters).toArray()),
                LongColumn.create("tokens D (bytes)", runs.stream().mapToLong(RunSpec::tokens).toArray()),
                IntColumn.create("steps", runs.stream().mapToInt(RunSpec::steps).toArray()),
                DoubleColumn.create("compute C (FLOPs)", runs.stream().mapToDouble(RunSpec::flops).toArray()));
    }

    /** The finished runs: size, data, compute, losses and time. */
    public static Table runs(ResultsTable results) {
        List<RunResult> rs = results.rows();
        return Table.create("runs").addColumns(
                StringColumn.create("run", rs.stream().map(r -> r.spec().id())),
                LongColumn.create("parameters N", rs.stream().mapToLong(RunResult::parameters).toArray()),
                LongColumn.create("tokens D (bytes)", rs.stream().mapToLong(r -> r.spec().tokens()).toArray()),
                DoubleColumn.create("compute C (FLOPs)", rs.stream().mapToDouble(RunResult::flops).toArray()),
                DoubleColumn.create("train loss (nats/byte)", rs.stream().mapToDouble(RunResult::trainLoss).toArray()),
                DoubleColumn.create("validation loss (nats/byte)", rs.stream().mapToDouble(RunResult::valLoss).toArray()),
                DoubleColumn.create("time (s)", rs.stream().mapToDouble(RunResult::wallSeconds).toArray()));
    }

    /**
     * Each constant of L(N, D) fitted here, its 95% bootstrap interval, and Hoffmann et al.'s value;
     * a floor on its bound, or an interval over a factor of 10 wide, is marked not identifiable.
     *
     * @param loss the validation losses of the runs fitted, nats per token
     */
    public static Table chinchilla(ChinchillaLaw law, List<ChinchillaLaw> refits, double[] loss) {
        double best = java.util.Arrays.stream(loss).min().orElse(Double.NaN), worst = java.util.Arrays.stream(loss).max().orElse(Double.NaN);
        ChinchillaLaw h = ChinchillaLaw.HOFFMANN_2022;
        List<ToDoubleFunction<ChinchillaLaw>> parts = List.of(ChinchillaLaw::e, ChinchillaLaw::a, ChinchillaLaw::b,
                ChinchillaLaw::alpha, ChinchillaLaw::beta);
        String[] fitted = new String[5], intervals = new String[5];
        for (int i = 0; i < 5; i++) {
            double v = parts.get(i).applyAsDouble(law);
            fitted[i] = i == 0 ? floor(v, best, worst) : Numbers.format(v);
            Bootstrap.Interval ci = Bootstrap.interval(refits, parts.get(i));
            String range = "[" + Numbers.format(ci.low()) + ", " + Numbers.format(ci.high()) + "]";
            intervals[i] = tooWide(ci) ? range + " not identifiable" : range;
        }
        return Table.create("L(N, D) = E + A / N^α + B / D^β").addColumns(
                StringColumn.create("constant", "E (nats/byte)", "A", "B", "α", "β"),
                StringColumn.create("fitted here", fitted),
                StringColumn.create("95% interval (bootstrap)", intervals),
                StringColumn.create("Hoffmann et al. 2022", parts.stream().map(p -> Numbers.significant(p.applyAsDouble(h), 3))));
    }

    /**
     * The exponents of L(N), L(D) and L(C): with a floor (and the floor, or why it is not
     * identifiable), as a straight line on log-log axes (as Kaplan et al. 2020 fit), and Kaplan's
     * published values (0.076, 0.095, 0.050).
     */
    public static Table exponents(Slice ofN, Slice ofD, Slice ofC) {
        List<Slice> slices = List.of(ofN, ofD, ofC);
        List<PowerLaw> floored = slices.stream().map(Slice::withFloor).toList();
        return Table.create("power-law exponents").addColumns(
                StringColumn.create("law", slices.stream().map(Slice::law)),
                StringColumn.create("straight line: α", slices.stream().map(s -> Numbers.format(s.straightLine().alpha()))),
                StringColumn.create("with a floor: α", floored.stream().map(l -> Numbers.format(l.alpha()))),
                StringColumn.create("with a floor: E (nats/byte)", java.util.stream.IntStream.range(0, 3)
                        .mapToObj(i -> slices.get(i).floor(floored.get(i)))),
                StringColumn.create("Kaplan et al. 2020: α", "0.076", "0.095", "0.050"));
    }
}
