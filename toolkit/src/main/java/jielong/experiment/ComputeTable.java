package jielong.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Measurements of many lessons on one compute axis: rows of (lesson, curve, FLOPs, metric, value),
 * read from what each lesson's runs left on disk, so curves of pre-training, of training on
 * reasoning steps and of post-training can be drawn against the same FLOPs. Three readers cover the
 * course's formats: a sweep's {@link ResultsTable}, a per-step curve file ({@code step,a,b,...}, as
 * lesson 07's and 17's runs write), and a per-stage file ({@code stage,flops,metric,value}, lesson 18's).
 */
public final class ComputeTable {
    /** The header of {@link #write} files. */
    public static final String HEADER = "lesson,curve,flops,metric,value";

    private final List<ComputePoint> points;

    /** A table of these points, in this order. */
    public ComputeTable(List<ComputePoint> points) {
        this.points = List.copyOf(points);
    }

    /** A table of no points. */
    public static ComputeTable empty() {
        return new ComputeTable(List.of());
    }

    /** Every point, in the order added. */
    public List<ComputePoint> points() {
        return points;
    }

    /** Number of points. */
    public int size() {
        return points.size();
    }

    /** Whether the table holds no point. */
    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** This table's points followed by another's. */
    public ComputeTable plus(ComputeTable other) {
        List<ComputePoint> all = new ArrayList<>(points);
        all.addAll(other.points);
        return new ComputeTable(all);
    }

    /** The points that pass a test. */
    public ComputeTable where(Predicate<ComputePoint> test) {
        return new ComputeTable(points.stream().filter(test).toList());
    }

    /** One lesson's points of one metric. */
    public ComputeTable of(String lesson, String metric) {
        return where(p -> p.lesson().equals(lesson) && p.metric().equals(metric));
    }

    /**
     * A curve of one metric: its points ordered by FLOPs.
     *
     * @param name   the curve's name
     * @param flops  training compute at each point, FLOPs, ascending
     * @param values the metric at each point
     */
    public record Series(String name, double[] flops, double[] values) {
        /** Number of points. */
        public int size() {
            return flops.length;
        }

        /** The value at the largest FLOPs. */
        public double last() {
            if (values.length == 0) throw new IllegalStateException("the curve " + name + " has no points");
            return values[values.length - 1];
        }
    }

    /** Each curve's points of one metric, curves in the order they first appear, points by FLOPs. */
    public List<Series> series(String metric) {
        Map<String, List<ComputePoint>> byCurve = new LinkedHashMap<>();
        for (ComputePoint p : points) if (p.metric().equals(metric)) byCurve.computeIfAbsent(p.curve(), k -> new ArrayList<>()).add(p);
        List<Series> out = new ArrayList<>();
        byCurve.forEach((name, ps) -> out.add(series(name, ps)));
        return out;
    }

    /**
     * The compute-efficient frontier of one metric over every curve: walking up the FLOPs, each
     * point that beats every cheaper point (lower if {@code lowerIsBetter}, else higher). For
     * losses of a sweep this is the envelope Kaplan et al. fit L(C) to.
     */
    public Series frontier(String metric, boolean lowerIsBetter) {
        List<ComputePoint> sorted = points.stream().filter(p -> p.metric().equals(metric))
                .sorted(Comparator.comparingDouble(ComputePoint::flops)).toList();
        List<ComputePoint> kept = new ArrayList<>();
        double best = lowerIsBetter ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (ComputePoint p : sorted) {
            if (lowerIsBetter ? p.value() < best : p.value() > best) {
                best = p.value();
                kept.add(p);
            }
        }
        return series("frontier", kept);
    }

    private static Series series(String name, List<ComputePoint> ps) {
        List<ComputePoint> sorted = ps.stream().sorted(Comparator.comparingDouble(ComputePoint::flops)).toList();
        return new Series(name, sorted.stream().mapToDouble(ComputePoint::flops).toArray(),
                sorted.stream().mapToDouble(ComputePoint::value).toArray());
    }

    /**
     * A sweep's runs: each run's validation loss at every evaluation of its curve (metric
     * {@code val_loss}), its compute at step s being s/steps of the run's training FLOPs; a run
     * without a curve gives its final loss only.
     */
    public static ComputeTable fromSweep(String lesson, ResultsTable results) {
        List<ComputePoint> out = new ArrayList<>();
        for (RunResult r : results.rows()) {
            String id = r.spec().id();
            if (r.curve().isEmpty()) {
                out.add(new ComputePoint(lesson, id, r.flops(), "val_loss", r.valLoss()));
                continue;
            }
            for (RunResult.CurvePoint p : r.curve()) {
                if (Double.isNaN(p.valLoss())) continue; // steps logged without an evaluation
                out.add(new ComputePoint(lesson, id, r.flops() * p.step() / r.spec().steps(), "val_loss", p.valLoss()));
            }
        }
        return new ComputeTable(out);
    }

    /**
     * A per-step curve file, header {@code step,a,b,...} and a row per measured step: one point per
     * row and column, at {@code step · flopsPerStep} FLOPs, the column's name as the metric.
     *
     * @param flopsPerStep training compute of one step, FLOPs (e.g. {@code Flops.training(shape, tokensPerStep)})
     */
    public static ComputeTable fromStepCsv(String lesson, String curve, Path csv, double flopsPerStep) {
        if (!(flopsPerStep > 0) || Double.isInfinite(flopsPerStep)) {
            throw new IllegalArgumentException("FLOPs per step must be a positive number, got " + flopsPerStep + " for " + csv);
        }
        List<String> lines = lines(csv);
        String[] names = lines.get(0).split(",", -1);
        if (names.length < 2 || !names[0].equals("step")) {
            throw new IllegalArgumentException(csv + ": the header is '" + lines.get(0) + "', expected 'step,' and a column per"
                    + " measured quantity; it is not a per-step curve file");
        }
        List<ComputePoint> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            double[] row = numbers(csv, i, lines.get(i), names.length, 0);
            for (int c = 1; c < names.length; c++) out.add(new ComputePoint(lesson, curve, row[0] * flopsPerStep, names[c], row[c]));
        }
        return new ComputeTable(out);
    }

    /**
     * A per-stage file ({@link ComputeLog}, header {@code stage,flops,metric,value}): each stage a curve
     * of the lesson. A value that is not finite (a diverged run) is refused, naming its stage.
     */
    public static ComputeTable fromStageCsv(String lesson, Path csv) {
        List<ComputePoint> out = new ArrayList<>();
        for (ComputeLog.Row r : ComputeLog.read(csv).rows()) {
            try {
                out.add(new ComputePoint(lesson, r.stage(), r.flops(), r.metric(), r.value()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(csv + ": " + e.getMessage(), e);
            }
        }
        return new ComputeTable(out);
    }

    /** A table {@link #write} wrote. */
    public static ComputeTable read(Path csv) {
        List<String> lines = lines(csv);
        if (!lines.get(0).strip().equals(HEADER)) {
            throw new IllegalArgumentException(csv + ": the header is '" + lines.get(0) + "', expected '" + HEADER + "'");
        }
        List<ComputePoint> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] f = fields(csv, i, lines.get(i), 5);
            out.add(point(csv, i, f[0], f[1], f[2], f[3], f[4]));
        }
        return new ComputeTable(out);
    }

    /** Writes the table as CSV ({@link #HEADER}), swapped into place whole. Numbers keep 17 significant digits. */
    public void write(Path csv) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (ComputePoint p : points) {
            sb.append(p.lesson()).append(',').append(p.curve()).append(',').append(exact(p.flops())).append(',')
                    .append(p.metric()).append(',').append(exact(p.value())).append('\n');
        }
        try {
            Files.createDirectories(csv.toAbsolutePath().getParent());
            Path tmp = csv.resolveSibling(csv.getFileName() + ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + csv + ": " + e.getMessage(), e);
        }
    }

    private static String exact(double x) {
        return String.format(Locale.ROOT, "%.17g", x);
    }

    private static List<String> lines(Path csv) {
        if (!Files.exists(csv)) throw new IllegalArgumentException("no file " + csv + ": run the lesson that writes it first");
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            if (lines.isEmpty()) throw new IllegalArgumentException(csv + " is empty: delete it and rerun the lesson that writes it");
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    private static String[] fields(Path csv, int line, String text, int count) {
        String[] f = text.split(",", -1);
        if (f.length != count) {
            throw new IllegalArgumentException(csv + " line " + (line + 1) + ": " + f.length + " fields in '" + text + "', expected " + count);
        }
        return Arrays.stream(f).map(String::strip).toArray(String[]::new);
    }

    private static double[] numbers(Path csv, int line, String text, int count, int first) {
        String[] f = fields(csv, line, text, count);
        double[] v = new double[count];
        for (int i = first; i < count; i++) v[i] = number(csv, line, f[i]);
        return v;
    }

    private static double number(Path csv, int line, String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(csv + " line " + (line + 1) + ": '" + s + "' is not a number");
        }
    }

    private static ComputePoint point(Path csv, int line, String lesson, String curve, String flops, String metric, String value) {
        try {
            return new ComputePoint(lesson, curve, number(csv, line, flops), metric, number(csv, line, value));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith(csv.toString())) throw e;
            throw new IllegalArgumentException(csv + " line " + (line + 1) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return points.size() + " points of " + points.stream().map(ComputePoint::lesson).distinct().toList();
    }
}
