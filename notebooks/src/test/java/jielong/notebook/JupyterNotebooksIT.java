package jielong.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jielong.notebook.kernel.KernelSpec;
import jielong.notebook.run.NotebookFile;
import jielong.notebook.run.NotebookRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notebook through real Jupyter: the course's kernel installed into a temporary Jupyter path,
 * each notebook executed by {@code jupyter nbconvert --execute} in fast mode, every cell, then checked:
 * no error output (except in cells tagged {@code raises-exception}), and, cell by cell, the same output
 * types as the toolkit's runner gave for the same notebook in {@link NotebooksTest} (whose executed
 * copies in {@code target/notebooks} this test reads, so no notebook runs twice in the runner).
 * Runs in {@code mvn verify} after the unit tests; skipped where Debian's Jupyter is not installed.
 */
class JupyterNotebooksIT {

    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path NOTEBOOKS = Path.of("");
    private static final Path RUNNER_OUTPUT = Path.of("target", "notebooks");
    private static final Path KERNEL_OUTPUT = Path.of("target", "jupyter-notebooks");

    /**
     * TEMPORARY, for the lead to remove at merge: tolerates exactly the known failure of grading cells
     * under the kernel ({@code NoClassDefFoundError: com/google/gson/...} from {@code Grade.check}),
     * which the grader's own-JVM fix removes. Any other error output still fails the test.
     */
    static final boolean TEMPORARY_TOLERATE_GSON_IN_GRADE_CELLS = false;

    /** A cell calling this trains lesson 04's model only when it is not cached yet (see {@code TangGpt}). */
    static final String TRAINS_IF_NOT_CACHED = "loadOrTrain(";

    @TempDir
    static Path jupyterHome;

    @BeforeAll
    static void installKernel() throws Exception {
        assumeTrue(Files.isExecutable(JUPYTER), "no /usr/bin/jupyter: real-Jupyter test skipped "
                + "(Debian: apt-get install jupyter-nbconvert python3-nbclient jupyter-client)");
        KernelSpec.install(Path.of("..", "toolkit", "target"), jupyterHome);
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsInRealJupyter() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS.toAbsolutePath())) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).filter(NotebooksTest::selected).sorted().toList();
        }
        assertTrue(!notebooks.isEmpty(), "no notebooks found in " + NOTEBOOKS.toAbsolutePath());
        return notebooks.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
    }

    private static void check(Path notebook) throws Exception {
        String name = notebook.getFileName().toString();
        long start = System.nanoTime();
        // allow_errors: every cell runs even after one fails, so one run reports every failing cell.
        ProcessBuilder builder = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=" + KernelSpec.NAME, "--ExecutePreprocessor.timeout=600",
                "--ExecutePreprocessor.allow_errors=True",
                "--output-dir", KERNEL_OUTPUT.toAbsolutePath().toString(), notebook.toString())
                .redirectErrorStream(true);
        builder.environment().put("JUPYTER_PATH", jupyterHome.resolve("share/jupyter").toString());
        builder.environment().put("JUPYTER_DATA_DIR", jupyterHome.resolve("data").toString());
        builder.environment().put("JIELONG_FAST", "1");
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process nbconvert = builder.start();
        String said = new String(nbconvert.getInputStream().readAllBytes());
        assertTrue(nbconvert.waitFor(900, TimeUnit.SECONDS), said);
        assertEquals(0, nbconvert.exitValue(), said);
        System.out.printf("nbconvert --execute %s (fast mode): %.1f s%n", name, (System.nanoTime() - start) / 1e9);

        List<JsonObject> kernelCells = codeCells(NotebookFile.read(KERNEL_OUTPUT.resolve(name)));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < kernelCells.size(); i++) {
            JsonObject cell = kernelCells.get(i);
            if (NotebookFile.tags(cell).contains(NotebookRunner.RAISES_EXCEPTION)) {
                continue;
            }
            for (JsonElement element : cell.getAsJsonArray("outputs")) {
                JsonObject output = element.getAsJsonObject();
                if (output.get("output_type").getAsString().equals("error") && !knownGsonFailure(cell, output)) {
                    problems.add("code cell " + (i + 1) + ": " + output.get("ename").getAsString() + ": "
                            + output.get("evalue").getAsString() + "\n    in: " + firstLine(NotebookFile.source(cell)));
                }
            }
        }
        assertTrue(problems.isEmpty(), name + " under Jupyter has error outputs:\n" + String.join("\n", problems));
        if (name.equals("00-tour.ipynb")) {
            assertRichOutputs(kernelCells);
        }
        compareWithRunner(name, kernelCells);
    }

    /** Output types cell by cell must match the runner's; consecutive stream outputs of one name count as one. */
    private static void compareWithRunner(String name, List<JsonObject> kernelCells) throws IOException {
        Path runner = RUNNER_OUTPUT.resolve(name);
        assumeTrue(Files.isRegularFile(runner), "no " + runner + " (NotebooksTest did not run): comparison skipped");
        List<JsonObject> runnerCells = codeCells(NotebookFile.read(runner));
        assertEquals(runnerCells.size(), kernelCells.size(), name + ": code cells");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < kernelCells.size(); i++) {
            JsonObject kernelCell = kernelCells.get(i);
            if (kernelCell.getAsJsonArray("outputs").asList().stream()
                    .anyMatch(o -> knownGsonFailure(kernelCell, o.getAsJsonObject()))) {
                continue; // the temporary tolerance above: the runner grades, the kernel cannot yet
            }
            List<String> kernel = outputTypes(kernelCell);
            List<String> runnerTypes = outputTypes(runnerCells.get(i));
            if (NotebookFile.source(kernelCell).contains(TRAINS_IF_NOT_CACHED)) {
                // Lesson 04's model is trained (with a progress display) only by the first run that finds
                // it missing: the runner's, since NotebooksTest runs first. The rest must still agree.
                kernel = kernel.stream().filter(t -> !t.equals("display_data")).toList();
                runnerTypes = runnerTypes.stream().filter(t -> !t.equals("display_data")).toList();
            }
            if (!kernel.equals(runnerTypes)) {
                differences.add("code cell " + (i + 1) + ": Jupyter " + kernel + ", runner " + runnerTypes
                        + "\n    in: " + firstLine(NotebookFile.source(kernelCell)));
            }
        }
        assertTrue(differences.isEmpty(), name + ": Jupyter and the runner disagree:\n" + String.join("\n", differences));
    }

    private static void assertRichOutputs(List<JsonObject> cells) {
        boolean png = false;
        boolean htmlTable = false;
        for (JsonObject cell : cells) {
            for (JsonElement output : cell.getAsJsonArray("outputs")) {
                JsonObject data = output.getAsJsonObject().getAsJsonObject("data");
                png |= data != null && data.has("image/png");
                htmlTable |= data != null && data.has("text/html")
                        && NotebookFile.text(data.get("text/html")).contains("<table");
            }
        }
        assertTrue(png, "the tour under Jupyter: an image/png output");
        assertTrue(htmlTable, "the tour under Jupyter: an HTML table output");
    }

    /** Output types, e.g. {@code [stream:stdout, display_data, execute_result]}. */
    static List<String> outputTypes(JsonObject cell) {
        List<String> types = new ArrayList<>();
        for (JsonElement element : cell.getAsJsonArray("outputs")) {
            JsonObject output = element.getAsJsonObject();
            String type = output.get("output_type").getAsString();
            if (type.equals("display_data") && isProgressBar(output)) {
                continue; // shown only by the run that trained (the runner's, which runs first); a rerun loads
            }
            if (type.equals("stream")) {
                type += ":" + output.get("name").getAsString();
            }
            if (types.isEmpty() || !type.startsWith("stream") || !types.get(types.size() - 1).equals(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static final java.util.regex.Pattern PROGRESS_BAR = java.util.regex.Pattern.compile("\\d+/\\d+ \\[[#\\-]*\\] ");

    /** A {@code ProgressBar}'s display: {@code "train 120/500 [#######-----] 24% ..."}. */
    static boolean isProgressBar(JsonObject output) {
        JsonObject data = output.getAsJsonObject("data");
        if (data == null || !data.has("text/plain")) return false;
        JsonElement text = data.get("text/plain");
        String plain = text.isJsonArray() ? String.join("", text.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList())
                : text.getAsString();
        return PROGRESS_BAR.matcher(plain).find();
    }

    private static boolean knownGsonFailure(JsonObject cell, JsonObject output) {
        if (!TEMPORARY_TOLERATE_GSON_IN_GRADE_CELLS || !output.get("output_type").getAsString().equals("error")) {
            return false;
        }
        String said = output.get("ename").getAsString() + ": " + output.get("evalue").getAsString();
        boolean known = NotebookFile.source(cell).contains("Grade.check") && said.contains("NoClassDefFoundError")
                && said.contains("com/google/gson");
        if (known) {
            System.out.println("TOLERATED (temporary switch TEMPORARY_TOLERATE_GSON_IN_GRADE_CELLS): " + said);
        }
        return known;
    }

    private static List<JsonObject> codeCells(NotebookFile notebook) {
        return notebook.cells().stream().filter(c -> NotebookFile.type(c).equals("code")).toList();
    }

    private static String firstLine(String source) {
        return source.lines().findFirst().orElse("");
    }
}
