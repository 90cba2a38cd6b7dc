package jielong.notebook.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import jielong.notebook.display.Output;
import jielong.notebook.display.OutputSink;

/**
 * Runs notebook cells: one JShell session, executing in this JVM, shared by the Jupyter kernel and the
 * notebook runner. A cell may hold many statements and declarations; the last expression's value is the
 * cell's result. Failures come back as {@link CellError}s that point at cell lines.
 */
public final class Evaluator implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jielong-cell-timeout");
        t.setDaemon(true);
        return t;
    });

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final CellSplitter splitter;
    private final CodeAssist assist;
    private final InProcessExecution execution;
    private final Map<String, SourcePlace> places = new ConcurrentHashMap<>();
    private final Tracebacks tracebacks = new Tracebacks(places);
    private final Path baseDir;
    private int cellsRun;
    private volatile String stopReason; // CellError.INTERRUPTED or TIMED_OUT while a stop is under way

    /** Starts a session whose {@code %load} and {@code %jars} paths are relative to {@code baseDir}. */
    public Evaluator(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath();
        InProcessExecutionProvider provider = new InProcessExecutionProvider(Evaluator.class.getClassLoader());
        this.shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .compilerOptions(compilerOptions())
                .build();
        this.execution = provider.execution();
        this.analysis = shell.sourceCodeAnalysis();
        this.splitter = new CellSplitter(analysis);
        this.assist = new CodeAssist(analysis);
        // Not a --class-path compiler option: JShell would then ignore what %classpath adds later.
        shell.addToClasspath(System.getProperty("java.class.path"));
        for (String line : Prelude.IMPORTS) {
            shell.eval(line); // an import of a package that is not there is rejected, and so skipped
        }
    }

    /** Starts a session in the current directory. */
    public Evaluator() {
        this(Path.of(""));
    }

    /** Compiles and runs one throwaway expression, so the first real cell is as quick as the rest. */
    public void warmUp() {
        shell.eval("\"warm-up\".length()");
    }

    /** The compiler sees the Vector API when this JVM has it, as the toolkit's kernels do. */
    private static String[] compilerOptions() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                ? new String[] {"--add-modules", "jdk.incubator.vector"}
                : new String[0];
    }

    /** Runs a cell with output to the current sink, numbering it after the cells before it. */
    public CellResult eval(String cell) {
        return eval(cell, cellsRun + 1, Output.sink(), null);
    }

    /**
     * Runs a cell. {@code number} is its execution count, used in error locations ({@code In [number]});
     * output goes to {@code sink}; a non-null {@code timeout} stops the cell when it runs longer.
     */
    public synchronized CellResult eval(String cell, int number, OutputSink sink, Duration timeout) {
        cellsRun = Math.max(cellsRun, number);
        long start = System.nanoTime();
        stopReason = null;
        execution.clearStop();
        ScheduledFuture<?> timer = timeout == null ? null
                : TIMER.schedule(() -> stop(CellError.TIMED_OUT), timeout.toMillis(), TimeUnit.MILLISECONDS);
        Outcome outcome = new Outcome();
        try (Output.Scope scope = Output.use(sink)) {
            runCell(cell, SourcePlace.cellLabel(number), outcome);
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (stopReason != null && execution.wasStopped()) {
            return CellResult.failed(stopError(timeout), elapsed);
        }
        if (outcome.error != null) {
            return CellResult.failed(outcome.error, elapsed);
        }
        return outcome.hasValue ? CellResult.value(outcome.value, elapsed) : CellResult.nothing(elapsed);
    }

    private CellError stopError(Duration timeout) {
        if (CellError.TIMED_OUT.equals(stopReason)) {
            String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
            return CellError.of(CellError.TIMED_OUT, "the cell ran longer than " + limit + " and was stopped");
        }
        return CellError.of(CellError.INTERRUPTED, "the cell was interrupted");
    }

    /** Stops the running cell, if any, from another thread (a Jupyter interrupt); the session lives on. */
    public void interrupt() {
        stop(CellError.INTERRUPTED);
    }

    private void stop(String reason) {
        stopReason = reason;
        execution.stop();
    }

    /** The cell's result so far: the last value, or the first error, which ends the cell. */
    private static final class Outcome {
        boolean hasValue;
        Object value;
        CellError error;

        void clearValue() {
            hasValue = false;
            value = null;
        }
    }

    private void runCell(String cell, String label, Outcome outcome) {
        String firstLine = cell.stripLeading().lines().findFirst().orElse("");
        if (!firstLine.startsWith("%%")) {
            runLines(cell, label, 0, cell.length(), outcome);
            return;
        }
        if (!Magics.name(firstLine).equals("time")) {
            outcome.error = CellError.of(CellError.MAGIC_ERROR,
                    "unknown cell magic " + firstLine.strip() + " (known: " + Magics.KNOWN + ")");
            return;
        }
        int bodyStart = cell.indexOf('\n', cell.indexOf("%%"));
        long start = System.nanoTime();
        if (bodyStart >= 0) {
            runLines(cell, label, bodyStart + 1, cell.length(), outcome);
        }
        printWallTime(start);
    }

    /** Runs Java code between {@code from} and {@code to}, stopping at each magic line to run it. */
    private void runLines(String text, String label, int from, int to, Outcome outcome) {
        int codeStart = from;
        int lineStart = from;
        while (lineStart < to && outcome.error == null) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline > to ? to : newline;
            String line = text.substring(lineStart, lineEnd);
            if (Magics.isMagic(line)) {
                runCode(text, label, codeStart, lineStart, outcome);
                if (outcome.error == null) {
                    runLineMagic(text, label, lineStart, line, outcome);
                }
                codeStart = Math.min(to, lineEnd + 1);
            }
            lineStart = lineEnd + 1;
        }
        if (outcome.error == null) {
            runCode(text, label, codeStart, to, outcome);
        }
    }

    private void runLineMagic(String text, String label, int lineStart, String line, Outcome outcome) {
        String name = Magics.name(line);
        String args = Magics.arguments(line);
        outcome.clearValue();
        try {
            switch (name) {
                case "time": {
                    long start = System.nanoTime();
                    int codeStart = lineStart + Magics.argumentsOffset(line);
                    runCode(text, label, codeStart, lineStart + line.length(), outcome);
                    printWallTime(start);
                    break;
                }
                case "classpath":
                case "jars": {
                    List<Path> paths = Magics.resolvePaths(args, baseDir);
                    for (Path path : paths) {
                        shell.addToClasspath(path.toString());
                    }
                    System.out.println("Added " + paths.size() + " to the class path");
                    break;
                }
                case "load": {
                    Path file = baseDir.resolve(args).normalize();
                    String source = Magics.loadSource(file);
                    runLines(source, file.getFileName().toString(), 0, source.length(), outcome);
                    break;
                }
                default:
                    outcome.error = CellError.of(CellError.MAGIC_ERROR,
                            "unknown magic %" + name + " (known: " + Magics.KNOWN + ")");
            }
        } catch (IOException e) {
            outcome.error = CellError.of(CellError.MAGIC_ERROR, "%" + name + ": " + e.getMessage());
        }
    }

    private static void printWallTime(long startNanos) {
        System.out.printf("Wall time: %.1f ms%n", (System.nanoTime() - startNanos) / 1e6);
    }

    /** Splits plain Java code into snippets and evaluates them in order, stopping at the first failure. */
    private void runCode(String text, String label, int from, int to, Outcome outcome) {
        CellSplitter.Split split = splitter.split(text, from, to);
        for (CellSplitter.Piece piece : split.pieces()) {
            outcome.clearValue();
            runSnippet(text, label, piece, outcome);
            if (outcome.error != null || stopReason != null) {
                return;
            }
        }
        if (split.incompleteAt() >= 0) {
            outcome.clearValue();
            outcome.error = Tracebacks.incomplete(text, label, split.incompleteAt());
        }
    }

    private void runSnippet(String text, String label, CellSplitter.Piece piece, Outcome outcome) {
        List<SnippetEvent> events = shell.eval(piece.source());
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // an older snippet updated as a side effect: not this cell's news
            }
            Snippet snippet = event.snippet();
            places.put(snippet.id(), new SourcePlace(label, SourceText.lineOf(text, piece.offset())));
            if (stopReason != null) {
                return;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                outcome.error = Tracebacks.compile(text, label, piece.offset(),
                        shell.diagnostics(snippet).collect(Collectors.toList()));
                return;
            }
            if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                outcome.error = CellError.of(CellError.UNRESOLVED, snippet.source().strip().lines().findFirst()
                        .orElse("") + " needs " + shell.unresolvedDependencies((DeclarationSnippet) snippet)
                        .collect(Collectors.joining(", ")) + ", which is not declared");
                return;
            }
            if (event.exception() != null) {
                outcome.error = tracebacks.runtime(event.exception());
                return;
            }
            Object value = execution.lastValue();
            if (isValueSnippet(snippet) && value != System.out && value != System.err) {
                outcome.hasValue = true;
                outcome.value = value;
            }
        }
    }

    /**
     * An expression (or JShell's {@code $1} for one), not a declaration or a statement. A cell ending in
     * {@code System.out.printf(...)} has a value too, {@code System.out} itself; nobody wants to see it.
     */
    private static boolean isValueSnippet(Snippet snippet) {
        if (snippet instanceof ExpressionSnippet) {
            return !((ExpressionSnippet) snippet).typeName().equals("void");
        }
        return snippet instanceof VarSnippet
                && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    /** Adds a jar or folder to the class path of both the compiler and the running cells. */
    public void addToClasspath(Path path) {
        shell.addToClasspath(path.toAbsolutePath().toString());
    }

    /** Tab completion, Shift-Tab help and "is this code complete?" for this session's code. */
    public CodeAssist assist() {
        return assist;
    }

    @Override
    public void close() {
        shell.close();
    }
}
