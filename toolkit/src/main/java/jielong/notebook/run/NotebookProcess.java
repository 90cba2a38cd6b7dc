package jielong.notebook.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs another lesson's notebook in fast mode in a JVM of its own, through the course's headless
 * runner ({@code ./jielong run NOTEBOOK --fast}, the same code as {@link NotebookRunner}), so that a
 * lesson can make the runs it reads from another one: the other notebook's memory, threads and
 * printing stay out of this session. The child's output goes to a log file, line by line.
 */
public final class NotebookProcess {
    private static final Pattern CELL_LINE = Pattern.compile("^\\s+cell (\\d+) \\[\\d+\\] .*");

    private NotebookProcess() {}

    /**
     * What a run of a notebook gave.
     *
     * @param exitCode the runner's exit status: 0 when every cell ran
     * @param seconds  wall time of the child JVM, seconds
     * @param log      the child's output
     */
    public record Result(int exitCode, double seconds, Path log) {
        /** Whether every cell ran. */
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /**
     * The command that runs {@code notebook} in fast mode with this JVM's class path and Java,
     * writing the executed copy to {@code executed} (and an HTML page beside it).
     */
    public static List<String> command(Path notebook, Path executed) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String html = executed.toString().replaceFirst("\\.ipynb$", "") + ".html";
        return new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "-Xss8m", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), "jielong.cli.Main", "run", notebook.toString(), "--fast",
                "--out", executed.toString(), "--html", html));
    }

    /**
     * Runs {@code notebook} in fast mode from the folder {@code workingFolder}, its output into
     * {@code log}; {@code onCell} hears the number of each cell as it finishes (may be null).
     * A run that takes longer than {@code limit} is stopped and reported with exit code 124.
     */
    public static Result runFast(Path notebook, Path executed, Path log, Path workingFolder, Duration limit, IntConsumer onCell) {
        if (!Files.isRegularFile(notebook)) {
            throw new IllegalArgumentException("no notebook " + notebook + ": check the name, or fetch the lesson first");
        }
        long start = System.nanoTime();
        try {
            Files.createDirectories(executed.toAbsolutePath().getParent());
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process p = new ProcessBuilder(command(notebook, executed)).directory(workingFolder.toFile())
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            Thread reader = new Thread(() -> copy(p, log, onCell), "notebook-log");
            reader.setDaemon(true);
            reader.start();
            boolean finished = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
            }
            reader.join(5_000);
            return new Result(finished ? p.exitValue() : 124, (System.nanoTime() - start) / 1e9, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a JVM to run " + notebook + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + notebook + " ran; its log is " + log, e);
        }
    }

    private static void copy(Process p, Path log, IntConsumer onCell) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.write(line);
                out.write('\n');
                out.flush();
                Matcher m = CELL_LINE.matcher(line);
                if (onCell != null && m.matches()) onCell.accept(Integer.parseInt(m.group(1)));
            }
        } catch (IOException e) {
            // the child ended or the log cannot be written: the exit code still tells how the run went
        }
    }
}
