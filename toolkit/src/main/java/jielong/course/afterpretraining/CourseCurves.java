package jielong.course.afterpretraining;

import java.util.Arrays;
import java.util.List;

import jielong.cost.Flops;
import jielong.course.emergence.EmergenceLesson;
import jielong.course.reasoning.Format;
import jielong.course.reasoning.ReasoningLesson;
import jielong.course.reasoning.ScratchpadAddition;
import jielong.course.reasoning.Trips;
import jielong.experiment.ComputePoint;
import jielong.experiment.ComputeTable;
import jielong.experiment.ResultsTable;
import jielong.model.GptConfig;
import jielong.notebook.Numbers;
import jielong.viz.Tables;
import tech.tablesaw.api.Table;
import jielong.viz.ComputePanels;
import jielong.viz.Plot;

/**
 * The learner's own curves on one compute axis: what lessons 06, 07, 17 and 18 left on disk read
 * into one {@link ComputeTable}. A step's compute is counted as lesson 06 counts it (Kaplan's
 * C = 6·N·D plus attention, {@link Flops#training}), D being the token positions a step trains on
 * (rows × context: padded positions count, since the model computes them).
 */
public final class CourseCurves {
    /** Lesson 07's and 17's accuracies: exact match on held-out problems. */
    public static final String EXACT_MATCH = "exact_match";
    /** Lesson 06's sweep: validation loss, nats per byte. */
    public static final String VAL_LOSS = "val_loss";
    /** Lesson 18's rule-checked held-out correctness. */
    public static final String ACCURACY = "accuracy";

    private CourseCurves() {}

    /** FLOPs of one training step of {@code rows} rows of the full context on {@code shape}. */
    public static double flopsPerStep(GptConfig shape, int rows) {
        return Flops.training(shape, (long) rows * shape.blockSize());
    }

    /** The name of lesson 17's trips curve of a format: {@code trips: answer only}. */
    public static String tripCurve(Format f) {
        return "trips: " + f.label().replace(",", "");
    }

    /** The name of lesson 17's addition curve of a format and training-set size: {@code sums: answer only (2000 examples)}. */
    public static String sumCurve(Format f, int size) {
        return "sums: " + f.label().replace(",", "") + " (" + size + " examples)";
    }

    /** Lesson 06: every run of the sweep, its validation loss along its training. */
    public static ComputeTable pretraining(LessonRuns.Found sweep) {
        if (!sweep.present()) return ComputeTable.empty();
        return ComputeTable.fromSweep(sweep.lesson(), ResultsTable.read(sweep.folder()));
    }

    /** Lesson 07: each member of the addition family ("width 16"), its scores at every measured step. */
    public static ComputeTable emergence(LessonRuns.Found family) {
        if (!family.present()) return ComputeTable.empty();
        var recipe = EmergenceLesson.family(family.fast());
        ComputeTable all = ComputeTable.empty();
        for (int width : recipe.widths()) {
            GptConfig shape = recipe.shape(width);
            all = all.plus(ComputeTable.fromStepCsv(family.lesson(), "width " + width,
                    family.folder().resolve("addition").resolve(recipe.id(width) + ".csv"), flopsPerStep(shape, recipe.batchSize())));
        }
        return all;
    }

    /**
     * Lesson 17: trips by format ({@link #tripCurve}, measured at the end) and every addition run
     * ({@link #sumCurve}, measured along its training).
     */
    public static ComputeTable reasoning(LessonRuns.Found runs) {
        if (!runs.present()) return ComputeTable.empty();
        var trips = ReasoningLesson.trips(runs.fast());
        var adding = ReasoningLesson.addition(runs.fast());
        GptConfig tripShape = trips.shape(Trips.tokenizer().vocabSize());
        GptConfig sumShape = adding.shape(ScratchpadAddition.tokenizer().vocabSize());
        ComputeTable all = ComputeTable.empty();
        for (Format f : Format.values()) {
            all = all.plus(ComputeTable.fromStepCsv(runs.lesson(), tripCurve(f),
                    runs.folder().resolve("trips").resolve(trips.id(f) + ".csv"), flopsPerStep(tripShape, trips.batchSize())));
            for (int size : adding.sizes()) {
                all = all.plus(ComputeTable.fromStepCsv(runs.lesson(), sumCurve(f, size),
                        runs.folder().resolve("addition").resolve(adding.id(f, size) + ".csv"), flopsPerStep(sumShape, adding.batchSize())));
            }
        }
        return all;
    }

    /**
     * Lesson 18's {@code compute.csv}, each post-training point moved to the model's total compute:
     * the base model's pre-training (the largest FLOPs of the {@code pretraining} rows) plus the
     * stage's own FLOPs, so the RL curve starts where pre-training ended.
     */
    public static ComputeTable postTraining(LessonRuns.Found post) {
        if (!post.present()) return ComputeTable.empty();
        return onTopOfPretraining(ComputeTable.fromStageCsv(post.lesson(), post.folder().resolve("compute.csv")));
    }

    /** A per-stage table with every stage but {@code pretraining} shifted by the base model's cost. */
    public static ComputeTable onTopOfPretraining(ComputeTable stages) {
        double base = baseCost(stages);
        return new ComputeTable(stages.points().stream().map(p -> p.curve().equals("pretraining") ? p
                : new ComputePoint(p.lesson(), p.curve(), base + p.flops(), p.metric(), p.value())).toList());
    }

    /** The base model's pre-training FLOPs in a per-stage table (0 if it has no {@code pretraining} row). */
    public static double baseCost(ComputeTable stages) {
        return stages.points().stream().filter(p -> p.curve().equals("pretraining")).mapToDouble(ComputePoint::flops).max().orElse(0);
    }

    /**
     * The four panels on one compute axis: pre-training loss (06), emergence (07), reasoning steps in
     * the data (17) and post-training (18); a lesson whose runs are missing gets a panel that says so.
     */
    public static ComputePanels plot(LessonRuns.Found[] found, ComputeTable pre, ComputeTable emergence, ComputeTable reasoning,
                                     ComputeTable post) {
        ComputePanels p = Plot.compute("The course's curves against training compute");
        p.panel("Pre-training (lesson 06): validation loss of each sweep run", "loss (nats/byte)");
        if (pre.isEmpty()) p.noData(missing(found[0]));
        else {
            ComputeTable.Series ends = ends(pre, VAL_LOSS);
            p.dots("each run, at its end", ends.flops(), ends.values());
            ComputeTable.Series front = pre.frontier(VAL_LOSS, true);
            p.line("compute-efficient frontier (the best loss of any run at each compute)", front.flops(), front.values());
        }
        p.panel("Emergence (lesson 07): addition family, exact match", "held-out sums right (%)");
        if (emergence.isEmpty()) p.noData(missing(found[1]));
        else {
            ComputeTable.Series ends = ends(emergence, EXACT_MATCH);
            p.dots("each width, at its end", ends.flops(), percent(ends.values()));
            for (ComputeTable.Series s : emergence.series(EXACT_MATCH)) {
                if (s.size() > 2) p.line(s.name() + ", along its training", s.flops(), percent(s.values()));
            }
        }
        p.panel("Reasoning steps in the data (lesson 17): exact match", "held-out problems right (%)");
        if (reasoning.isEmpty()) p.noData(missing(found[2]));
        else {
            var largest = ReasoningLesson.addition(found[2].fast()).sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
            for (ComputeTable.Series s : reasoning.series(EXACT_MATCH)) {
                if (s.name().endsWith("(" + largest + " examples)")) p.points(s.name(), s.flops(), percent(s.values()));
            }
            for (ComputeTable.Series s : reasoning.series("two_legs")) p.points(s.name() + " (2 legs)", s.flops(), percent(s.values()));
        }
        p.panel("Post-training (lesson 18): held-out accuracy, at pre-training + stage compute", "held-out answers right (%)");
        List<ComputeTable.Series> stages = post.series(ACCURACY).stream().filter(s -> !s.name().equals("reward-model")).toList();
        if (stages.isEmpty()) p.noData(post.isEmpty() ? missing(found[3]) : "lesson 18's compute.csv has no accuracy rows");
        else for (ComputeTable.Series s : stages) p.points(s.name(), s.flops(), percent(s.values()));
        return p;
    }

    /** {@link #plot(LessonRuns.Found[], ComputeTable, ComputeTable, ComputeTable, ComputeTable)} of what lesson 20 read. */
    public static ComputePanels plot(Readings r) {
        return plot(r.panels(), r.pre(), r.emergence(), r.steps(), r.stages());
    }

    /**
     * Lesson 18's stages on their own compute (log x: the FLOPs each stage spent, not counting the
     * base model), where the shared axis squeezes them into a sliver: held-out accuracy of each
     * policy stage, the base model's as a flat line. A sentence instead when lesson 18 is missing.
     */
    public static Object postTrainingZoom(Readings r) {
        if (r.stages().isEmpty()) return "No post-training curve to zoom into: lesson " + r.post().lesson() + " " + r.post().note() + ".";
        double base = baseCost(r.stages());
        jielong.viz.LinePlot plot = Plot.line("Lesson 18: each stage on its own compute")
                .axes("FLOPs spent in the stage (log scale; pre-training: " + Numbers.significant(base, 3) + ")", "held-out answers right (%)").logX();
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        java.util.Map<String, double[][]> stages = new java.util.LinkedHashMap<>();
        for (ComputeTable.Series s : r.stages().series(ACCURACY)) {
            if (s.name().equals("pretraining") || s.name().equals("reward-model")) continue;
            double[] own = Arrays.stream(s.flops()).map(f -> f - base).toArray();
            List<double[]> kept = new java.util.ArrayList<>();
            for (int i = 0; i < own.length; i++) if (own[i] > 0) kept.add(new double[] {own[i], 100 * s.values()[i]});
            if (kept.isEmpty()) continue;
            stages.put(s.name(), new double[][] {kept.stream().mapToDouble(k -> k[0]).toArray(), kept.stream().mapToDouble(k -> k[1]).toArray()});
            lo = Math.min(lo, kept.get(0)[0]);
            hi = Math.max(hi, kept.get(kept.size() - 1)[0]);
        }
        // The base model first, then the stages in panel 4's order, so each stage keeps its colour there.
        ComputeTable.Series pre = r.stages().series(ACCURACY).stream().filter(s -> s.name().equals("pretraining")).findFirst().orElse(null);
        if (pre != null && hi > 0) plot.series("the base model", new double[] {lo, hi}, new double[] {100 * pre.last(), 100 * pre.last()});
        stages.forEach((name, xy) -> plot.points(name, xy[0], xy[1]));
        return plot;
    }

    /**
     * The compute each lesson's runs spent: the number of curves, the largest single run and all
     * runs together, FLOPs (lesson 18: each stage's own FLOPs, the base model counted once).
     */
    public static Table budget(Readings r) {
        Table t = Tables.table("Training compute your runs spent", "lesson", "curves", "largest run (FLOPs)", "all runs (FLOPs)");
        record Lesson(LessonRuns.Found found, ComputeTable points) {}
        for (Lesson l : List.of(new Lesson(r.sweep(), r.pre()), new Lesson(r.family(), r.emergence()), new Lesson(r.reasoning(), r.steps()))) {
            if (l.points().isEmpty()) {
                Tables.row(t, l.found().lesson(), "0", "—", l.found().note());
                continue;
            }
            java.util.Map<String, Double> most = new java.util.LinkedHashMap<>(); // a curve's compute is that of its last point
            for (ComputePoint p : l.points().points()) most.merge(p.curve(), p.flops(), Math::max);
            double largest = most.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double sum = most.values().stream().mapToDouble(Double::doubleValue).sum();
            Tables.row(t, l.found().lesson(), Integer.toString(most.size()), Numbers.significant(largest, 3), Numbers.significant(sum, 3));
        }
        if (r.stages().isEmpty()) {
            Tables.row(t, r.post().lesson(), "0", "—", r.post().note());
        } else {
            double base = baseCost(r.stages());
            java.util.Map<String, Double> own = new java.util.LinkedHashMap<>();
            for (ComputePoint p : r.stages().points()) own.merge(p.curve(), p.curve().equals("pretraining") ? p.flops() : p.flops() - base, Math::max);
            for (var e : own.entrySet()) {
                Tables.row(t, r.post().lesson() + ": " + e.getKey(), "1", Numbers.significant(e.getValue(), 3),
                        e.getKey().equals("pretraining") ? "the base model" : Numbers.percent(e.getValue() / base) + " of pre-training");
            }
        }
        return t;
    }

    /** Each curve's last point of one metric, as one series ordered by FLOPs. */
    public static ComputeTable.Series ends(ComputeTable table, String metric) {
        List<ComputeTable.Series> all = table.series(metric);
        double[][] pts = all.stream().filter(s -> s.size() > 0).map(s -> new double[] {s.flops()[s.size() - 1], s.last()})
                .sorted((a, b) -> Double.compare(a[0], b[0])).toArray(double[][]::new);
        return new ComputeTable.Series("ends", Arrays.stream(pts).mapToDouble(a -> a[0]).toArray(), Arrays.stream(pts).mapToDouble(a -> a[1]).toArray());
    }

    private static double[] percent(double[] shares) {
        return Arrays.stream(shares).map(v -> 100 * v).toArray();
    }

    private static String missing(LessonRuns.Found f) {
        return "lesson " + f.lesson() + ": " + f.note();
    }
}
