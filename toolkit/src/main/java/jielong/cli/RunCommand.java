package jielong.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import jielong.course.Runs;
import jielong.notebook.run.NotebookFile;
import jielong.notebook.run.NotebookRunner;
import jielong.notebook.run.RunOptions;
import jielong.notebook.run.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./jielong run}: executes notebooks without Jupyter and writes each one executed, plus an HTML page. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run notebooks top to bottom without Jupyter; write the executed notebook and an HTML page of it.")
final class RunCommand implements Callable<Integer> {

    /** Where executed notebooks go when no --out is given. */
    static final Path DEFAULT_FOLDER = Runs.command("notebooks");

    @Parameters(arity = "1..*", paramLabel = "NOTEBOOK", description = "a .ipynb file, or a folder of them")
    List<Path> notebooks;

    @Option(names = "--out", paramLabel = "FILE", description = "the executed notebook (default: runs/notebooks/NAME.ipynb)")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "the HTML page (default: runs/notebooks/NAME.html)")
    Path html;

    @Option(names = "--fast", description = "fast mode: notebooks shrink models and steps (sets JIELONG_FAST for them)")
    boolean fast;

    @Option(names = "--allow-errors", description = "run every cell even after one fails")
    boolean allowErrors;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop a cell that runs longer than this (default: the notebook's metadata jielong.cell_timeout_s, else 2 hours)")
    Integer timeout;

    @Override
    public Integer call() throws IOException {
        BadInput.require(timeout == null || timeout > 0, "--timeout " + timeout + ": give the seconds a cell may run, above 0");
        List<Path> files = expand(notebooks);
        BadInput.require(files.size() <= 1 || (out == null && html == null),
                "--out and --html name one file each: give one notebook, or leave them out");
        for (Path file : files) {
            try {
                NotebookFile.read(file); // every notebook is checked before the first one runs
            } catch (IOException notANotebook) {
                throw new BadInput(notANotebook.getMessage());
            }
        }
        RunOptions options = RunOptions.defaults().withFast(fast).withAllowErrors(allowErrors)
                .withCellTimeout(timeout == null ? null : Duration.ofSeconds(timeout));
        long start = System.nanoTime();
        int failed = 0;
        for (Path notebook : files) {
            if (!run(notebook, options.withOutput(out == null ? defaultOutput(notebook, ".ipynb") : out,
                    html == null ? defaultOutput(notebook, ".html") : html))) {
                failed++;
                if (!allowErrors) {
                    break;
                }
            }
        }
        System.out.printf("ran %d notebook%s in %.1f s%s%n", files.size(), files.size() == 1 ? "" : "s",
                (System.nanoTime() - start) / 1e9, fast ? " (fast mode)" : "");
        return failed == 0 ? 0 : 1;
    }

    /** Runs one notebook and reports on the terminal; false if a cell failed. */
    static boolean run(Path notebook, RunOptions options) throws IOException {
        System.out.println("running " + notebook + (options.fast() ? " (fast mode)" : ""));
        RunReport report = new NotebookRunner(System.out::println).run(notebook, options);
        System.out.printf("%s: %d cells in %.1f s -> %s, %s%n", notebook.getFileName(), report.cellsRun(),
                report.elapsed().toMillis() / 1000.0, options.output(), options.html());
        for (RunReport.Failure failure : report.failures()) {
            System.err.println(notebook.getFileName() + ", " + failure.summary());
            System.err.println(failure.error().render());
        }
        return report.ok();
    }

    static Path defaultOutput(Path notebook, String extension) {
        String name = notebook.getFileName().toString().replaceFirst("\\.ipynb$", "");
        return DEFAULT_FOLDER.resolve(name + extension);
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            BadInput.require(Files.exists(path), path + ": no such notebook or folder");
            if (Files.isDirectory(path)) {
                int before = files.size();
                try (Stream<Path> inside = Files.list(path)) {
                    inside.filter(p -> p.toString().endsWith(".ipynb")).sorted().forEach(files::add);
                }
                BadInput.require(files.size() > before, path + " holds no notebooks (.ipynb files): "
                        + "name a notebook, or a folder of them such as notebooks/");
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
