package jielong.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measurements against the compute spent to reach them, one row per point: the stage of training
 * it belongs to, the FLOPs that stage had used by then, what was measured and its value. It is
 * written as {@code stage,flops,metric,value} CSV, whole and atomically (a temporary file, then a
 * move), so a reader never sees half a file and rewriting it after a rerun loses nothing.
 */
public final class ComputeLog {
    /** The CSV header. */
    public static final String HEADER = "stage,flops,metric,value";

    /**
     * One measured point.
     *
     * @param stage  the stage's short name ("pretraining", "sft", "rl-beta-0.1", ...)
     * @param flops  FLOPs spent in that stage up to the measurement
     * @param metric what was measured, a short lower-case name ("accuracy", "reward", "kl", "loss")
     * @param value  its value
     */
    public record Row(String stage, double flops, String metric, double value) {
        public Row {
            if (!stage.matches("[a-z0-9._-]+") || !metric.matches("[a-z0-9._-]+")) {
                throw new IllegalArgumentException("stage and metric are short lower-case names (letters, digits, '.', '-', '_'), got '"
                        + stage + "' and '" + metric + "'");
            }
            if (!(flops >= 0) || Double.isInfinite(flops)) throw new IllegalArgumentException("FLOPs must be a finite number of at least 0, got " + flops);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    /** Adds one point. */
    public ComputeLog add(String stage, double flops, String metric, double value) {
        rows.add(new Row(stage, flops, metric, value));
        return this;
    }

    /** The points, in the order they were added. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The points of one stage and metric, in order. */
    public List<Row> rows(String stage, String metric) {
        return rows.stream().filter(r -> r.stage().equals(stage) && r.metric().equals(metric)).toList();
    }

    /** Writes every row to {@code csv}, replacing the file whole (through a temporary file beside it). */
    public void write(Path csv) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            sb.append(r.stage()).append(',').append(String.format(Locale.ROOT, "%.6e", r.flops())).append(',').append(r.metric())
                    .append(',').append(String.format(Locale.ROOT, "%.9g", r.value())).append('\n');
        }
        try {
            Path parent = csv.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, csv.getFileName().toString(), ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + csv + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a file {@link #write} wrote (the one reader of this format: {@link ComputeTable#fromStageCsv}
     * uses it too). A missing or empty file, another header, or a line that does not parse is refused
     * with a message naming the file and the line.
     */
    public static ComputeLog read(Path csv) {
        if (!Files.exists(csv)) throw new IllegalArgumentException("no file " + csv + ": run the lesson that writes it first");
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + csv + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) throw new IllegalArgumentException(csv + " is empty: delete it and rerun the lesson that writes it");
        if (!lines.get(0).strip().equals(HEADER)) {
            throw new IllegalArgumentException(csv + " is not a compute log: the header is '" + lines.get(0) + "', expected '" + HEADER + "'");
        }
        ComputeLog log = new ComputeLog();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] f = line.split(",", -1);
            try {
                if (f.length != 4) throw new IllegalArgumentException(f.length + " fields, expected 4");
                log.add(f[0].strip(), number(f[1]), f[2].strip(), number(f[3]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(csv + " line " + (i + 1) + " ('" + line + "'): " + e.getMessage(), e);
            }
        }
        return log;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s.strip() + "' is not a number");
        }
    }
}
