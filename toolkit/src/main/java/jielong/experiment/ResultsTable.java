package jielong.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jielong.cost.ParameterCount;
import jielong.model.GptConfig;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The results of a sweep: one row per finished run in {@code results*.csv}, and every run's loss
 * curve in {@code curves*.csv}. Files are rewritten whole and swapped in atomically after each run,
 * so a crash leaves either the old table or the new one, never half a row. Shards write their own
 * files ({@code results-shard-2-of-4.csv}); reading a folder merges them all.
 */
public final class ResultsTable {
    private static final String[] COLUMNS = {"run", "layers", "heads", "width", "context", "vocab", "params",
        "params_total", "tokens", "steps", "batch", "lr", "seed", "flops", "train_loss", "val_loss", "wall_s"};
    private static final ColumnType[] TYPES = {ColumnType.STRING, ColumnType.INTEGER, ColumnType.INTEGER,
        ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.LONG, ColumnType.LONG, ColumnType.LONG,
        ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.LONG, ColumnType.DOUBLE,
        ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE};
    private static final ColumnType[] CURVE_TYPES = {ColumnType.STRING, ColumnType.INTEGER, ColumnType.DOUBLE,
        ColumnType.DOUBLE};

    private final Map<String, RunResult> rows = new LinkedHashMap<>();

    /** An empty table. */
    public ResultsTable() {}

    /** A table of these results. */
    public ResultsTable(List<RunResult> results) {
        results.forEach(this::add);
    }

    /** Every run recorded in a folder, all shards merged; empty if the folder holds none yet. */
    public static ResultsTable read(Path folder) {
        ResultsTable all = new ResultsTable();
        if (!Files.isDirectory(folder)) return all;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("results.*\\.csv")).sorted().toList()) {
                all.addAll(readFile(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return all;
    }

    /** The runs of one results file (and its curves file beside it, if present). */
    public static ResultsTable readFile(Path results) {
        ResultsTable t = new ResultsTable();
        if (!Files.exists(results)) return t;
        Map<String, List<RunResult.CurvePoint>> curves = readCurves(curvesFileFor(results));
        Table table = readCsv(results, TYPES);
        for (Row r : table) {
            GptConfig shape = new GptConfig(r.getInt("vocab"), r.getInt("context"), r.getInt("layers"),
                    r.getInt("heads"), r.getInt("width"), 0f);
            RunSpec spec = new RunSpec(r.getString("run"), shape, r.getLong("tokens"), r.getInt("batch"),
                    (float) r.getDouble("lr"), r.getLong("seed"));
            t.add(new RunResult(spec, r.getDouble("train_loss"), r.getDouble("val_loss"), r.getDouble("wall_s"),
                    curves.getOrDefault(spec.id(), List.of())));
        }
        return t;
    }

    /** Adds (or replaces) a run's row. */
    public synchronized void add(RunResult r) {
        rows.put(r.spec().id(), r);
    }

    /** Adds every row of another table. */
    public synchronized void addAll(ResultsTable other) {
        other.rows().forEach(this::add);
    }

    /** Whether the run with this id is recorded. */
    public synchronized boolean has(String id) {
        return rows.containsKey(id);
    }

    /** Ids of the recorded runs. */
    public synchronized Set<String> ids() {
        return Set.copyOf(rows.keySet());
    }

    /** The rows ordered by parameters, then tokens, then id: the same order however the runs finished. */
    public synchronized List<RunResult> rows() {
        return rows.values().stream().sorted(Comparator.comparingLong(RunResult::parameters)
                .thenComparingLong(RunResult::tokens).thenComparing(r -> r.spec().id())).toList();
    }

    /** Number of runs. */
    public synchronized int size() {
        return rows.size();
    }

    /** The rows that pass a test, e.g. {@code results.where(r -> r.tokens() == 400_000)}. */
    public ResultsTable where(Predicate<RunResult> test) {
        return new ResultsTable(rows().stream().filter(test).toList());
    }

    /** The runs trained on the most tokens: the grid's last column, for L(N). */
    public ResultsTable withMostTokens() {
        long most = rows().stream().mapToLong(RunResult::tokens).max().orElse(0);
        return where(r -> r.tokens() == most);
    }

    /** The runs of the largest model: the grid's last row, for L(D). */
    public ResultsTable withMostParameters() {
        long most = rows().stream().mapToLong(RunResult::parameters).max().orElse(0);
        return where(r -> r.parameters() == most);
    }

    /** The run with this id. */
    public synchronized RunResult get(String id) {
        RunResult r = rows.get(id);
        if (r == null) throw new IllegalArgumentException("no run '" + id + "' in the table; runs: " + rows.keySet());
        return r;
    }

    /** Non-embedding parameters N of each row, in {@link #rows()} order. */
    public double[] parameters() {
        return rows().stream().mapToDouble(RunResult::parameters).toArray();
    }

    /** Training tokens D of each row. */
    public double[] tokens() {
        return rows().stream().mapToDouble(RunResult::tokens).toArray();
    }

    /** Training FLOPs C of each row. */
    public double[] flops() {
        return rows().stream().mapToDouble(RunResult::flops).toArray();
    }

    /** Final validation loss of each row, nats per token. */
    public double[] valLoss() {
        return rows().stream().mapToDouble(RunResult::valLoss).toArray();
    }

    /** The table as Tablesaw shows it: one row per run. */
    public Table table() {
        List<RunResult> rs = rows();
        return Table.create("runs").addColumns(
                StringColumn.create("run", rs.stream().map(r -> r.spec().id())),
                IntColumn.create("layers", rs.stream().mapToInt(r -> r.spec().shape().nLayer()).toArray()),
                IntColumn.create("heads", rs.stream().mapToInt(r -> r.spec().shape().nHead()).toArray()),
                IntColumn.create("width", rs.stream().mapToInt(r -> r.spec().shape().nEmbd()).toArray()),
                IntColumn.create("context", rs.stream().mapToInt(r -> r.spec().shape().blockSize()).toArray()),
                IntColumn.create("vocab", rs.stream().mapToInt(r -> r.spec().shape().vocabSize()).toArray()),
                LongColumn.create("params", rs.stream().mapToLong(RunResult::parameters).toArray()),
                LongColumn.create("params_total", rs.stream().mapToLong(r -> ParameterCount.of(r.spec().shape()).total()).toArray()),
                LongColumn.create("tokens", rs.stream().mapToLong(r -> r.spec().tokens()).toArray()),
                IntColumn.create("steps", rs.stream().mapToInt(r -> r.spec().steps()).toArray()),
                IntColumn.create("batch", rs.stream().mapToInt(r -> r.spec().batchSize()).toArray()),
                DoubleColumn.create("lr", rs.stream().mapToDouble(r -> r.spec().learningRate()).toArray()),
                LongColumn.create("seed", rs.stream().mapToLong(r -> r.spec().seed()).toArray()),
                DoubleColumn.create("flops", rs.stream().mapToDouble(RunResult::flops).toArray()),
                DoubleColumn.create("train_loss", rs.stream().mapToDouble(RunResult::trainLoss).toArray()),
                DoubleColumn.create("val_loss", rs.stream().mapToDouble(RunResult::valLoss).toArray()),
                DoubleColumn.create("wall_s", rs.stream().mapToDouble(RunResult::wallSeconds).toArray()));
    }

    /** Every run's loss curve, one row per evaluation: run, step, train_loss, val_loss. */
    public Table curves() {
        List<RunResult> rs = rows();
        StringColumn run = StringColumn.create("run");
        IntColumn step = IntColumn.create("step");
        DoubleColumn train = DoubleColumn.create("train_loss"), val = DoubleColumn.create("val_loss");
        for (RunResult r : rs) {
            for (RunResult.CurvePoint p : r.curve()) {
                run.append(r.spec().id());
                step.append(p.step());
                train.append(p.trainLoss());
                val.append(p.valLoss());
            }
        }
        return Table.create("curves").addColumns(run, step, train, val);
    }

    /** Writes the table to {@code results} and the curves beside it, each swapped in atomically. */
    public synchronized void write(Path results) {
        writeAtomically(table(), results);
        writeAtomically(curves(), curvesFileFor(results));
    }

    /** {@code results.csv} → {@code curves.csv}; {@code results-shard-1-of-2.csv} → {@code curves-shard-1-of-2.csv}. */
    static Path curvesFileFor(Path results) {
        return results.resolveSibling(results.getFileName().toString().replaceFirst("^results", "curves"));
    }

    private static void writeAtomically(Table table, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            table.write().csv(tmp.toFile());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, List<RunResult.CurvePoint>> readCurves(Path file) {
        if (!Files.exists(file)) return Map.of();
        Table t = readCsv(file, CURVE_TYPES);
        Map<String, List<RunResult.CurvePoint>> byRun = new LinkedHashMap<>();
        for (Row r : t) {
            byRun.computeIfAbsent(r.getString("run"), k -> new ArrayList<>())
                    .add(new RunResult.CurvePoint(r.getInt("step"), r.getDouble("train_loss"), r.getDouble("val_loss")));
        }
        return byRun;
    }

    private static Table readCsv(Path file, ColumnType[] types) {
        try {
            if (Files.size(file) == 0) throw new IOException("the file is empty");
            return Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).columnTypes(types));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + file + " (" + e.getMessage() + "); delete it to redo its runs", e);
        }
    }

    @Override
    public String toString() {
        return rows().stream().map(r -> String.format("%s val %.4f", r.spec().id(), r.valLoss()))
                .collect(Collectors.joining("\n"));
    }
}
