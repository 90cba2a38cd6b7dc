package jielong.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import jielong.model.Trainable;
import jielong.train.BatchSource;
import jielong.train.Objective;
import jielong.train.Progress;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * One training run that measures the model at chosen steps and keeps what it measured: a curve
 * file {@code <id>.csv} (a row per measured step) and a checkpoint {@code <id>.ckpt} every
 * {@code checkpointEvery} steps and at the end. Run it again and a finished run is only loaded
 * (weights included), an interrupted one resumes from its checkpoint, dropping the rows measured
 * after it, which the resumed run measures again to the same numbers.
 */
public final class CurveRun {
    private CurveRun() {}

    /**
     * A run's measurements: one row per measured step, the step first, then a value per column.
     *
     * @param columns names of the measured quantities (the step not included)
     * @param rows    {step, value, value, ...} in step order
     */
    public record Curve(List<String> columns, List<double[]> rows) {
        /** The measured steps. */
        public double[] steps() {
            return rows.stream().mapToDouble(r -> r[0]).toArray();
        }

        /** One quantity at every measured step. */
        public double[] column(String name) {
            int c = columns.indexOf(name);
            if (c < 0) throw new IllegalArgumentException("no column '" + name + "' in this curve; it has " + columns);
            return rows.stream().mapToDouble(r -> r[c + 1]).toArray();
        }

        /** The quantity at the last measured step. */
        public double last(String name) {
            double[] v = column(name);
            if (v.length == 0) throw new IllegalStateException("the curve has no rows yet");
            return v[v.length - 1];
        }
    }

    /**
     * Trains {@code model} (or loads it, if this run finished before) and measures it with
     * {@code measure} after each step in {@code measureAt} (step 0: before training).
     *
     * @param folder    where the curve and checkpoint go
     * @param id        the run's name in the folder (letters, digits, '-', '_', '.')
     * @param columns   names of what {@code measure} returns, in order
     * @param measure   the model's measurements at a step, one per column
     * @param onStep    a report after every training step (may be null)
     */
    public static <B> Curve run(Path folder, String id, Trainable model, Objective<B> objective, BatchSource<B> batches,
                                TrainConfig config, int[] measureAt, List<String> columns, IntFunction<double[]> measure,
                                Consumer<Progress> onStep) {
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a run id may hold letters, digits, '.', '-' and '_' only, got '" + id + "'");
        }
        int[] at = Arrays.stream(measureAt).filter(s -> s >= 0 && s <= config.iters()).sorted().distinct().toArray();
        if (at.length == 0 || at[at.length - 1] != config.iters()) {
            at = Arrays.copyOf(at, at.length + 1);
            at[at.length - 1] = config.iters(); // the end is always measured: it is how a finished run is recognised
        }
        Path csv = folder.resolve(id + ".csv"), ckpt = folder.resolve(id + ".ckpt");
        try {
            Files.createDirectories(folder);
            Trainer trainer;
            List<double[]> rows = new ArrayList<>();
            if (Files.exists(ckpt)) {
                trainer = Trainer.resume(ckpt, model, objective, batches, null, config);
                int done = trainer.step();
                for (double[] r : read(csv, columns)) if (r[0] <= done) rows.add(r);
            } else {
                trainer = new Trainer(model, objective, batches, null, config);
            }
            if (rows.isEmpty() && at[0] == 0) {
                rows.add(row(0, measure.apply(0), columns));
                write(csv, columns, rows);
            }
            int[] points = at;
            trainer.checkpointTo(ckpt).onProgress(p -> {
                if (onStep != null) onStep.accept(p);
                if (Arrays.binarySearch(points, p.step()) >= 0) {
                    rows.add(row(p.step(), measure.apply(p.step()), columns));
                    write(csv, columns, rows);
                }
            });
            trainer.run();
            return new Curve(List.copyOf(columns), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("run " + id + " in " + folder + ": " + e.getMessage()
                    + "; delete " + ckpt.getFileName() + " to train it again", e);
        }
    }

    /** Steps from 1 to {@code last}, about {@code count} of them, evenly spaced on a log axis (step 0 first). */
    public static int[] logSpaced(int last, int count) {
        List<Integer> steps = new ArrayList<>(List.of(0));
        for (int i = 0; i < count; i++) {
            int s = (int) Math.round(Math.pow(last, (double) i / Math.max(1, count - 1)));
            if (s > steps.get(steps.size() - 1)) steps.add(s);
        }
        if (steps.get(steps.size() - 1) != last) steps.add(last);
        return steps.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Steps 0, every, 2·every, ..., last. */
    public static int[] every(int every, int last) {
        List<Integer> steps = new ArrayList<>();
        for (int s = 0; s < last; s += every) steps.add(s);
        steps.add(last);
        return steps.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] row(int step, double[] values, List<String> columns) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("the measurement gave " + values.length + " values for " + columns.size() + " columns " + columns);
        }
        double[] r = new double[values.length + 1];
        r[0] = step;
        System.arraycopy(values, 0, r, 1, values.length);
        return r;
    }

    private static List<double[]> read(Path csv, List<String> columns) throws IOException {
        if (!Files.exists(csv)) return List.of();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(header(columns))) return List.of(); // another run's file: measure again
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        return rows;
    }

    private static void write(Path csv, List<String> columns, List<double[]> rows) {
        StringBuilder sb = new StringBuilder(header(columns)).append('\n');
        for (double[] r : rows) {
            for (int i = 0; i < r.length; i++) sb.append(i == 0 ? "" : ",").append(i == 0 ? Long.toString((long) r[0]) : String.format(Locale.ROOT, "%.9g", r[i]));
            sb.append('\n');
        }
        try {
            Path tmp = csv.resolveSibling(csv.getFileName() + ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + csv + ": " + e.getMessage(), e);
        }
    }

    private static String header(List<String> columns) {
        return "step," + String.join(",", columns);
    }
}
