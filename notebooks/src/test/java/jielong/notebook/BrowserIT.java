package jielong.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jielong.cli.Jupyter;
import jielong.notebook.kernel.KernelSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The course in a real browser: Debian's classic Jupyter notebook started the way {@code ./jielong}
 * starts a front end ({@link Jupyter#launch}, on a free loopback port), headless Chromium driven by WebDriver, the tour
 * and lesson 01 opened and run with Run All. Asserts no error output (outside cells tagged
 * {@code raises-exception}), an image, the grade table, and the progress display redrawn in place;
 * saves a screenshot of each page in {@code target/screenshots/}. Skipped, saying why, where Debian's
 * {@code chromium}, {@code chromium-driver} or {@code jupyter-notebook} are missing.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CLASSIC_NOTEBOOK = Path.of("/usr/bin/jupyter-notebook");

    @TempDir
    static Path jupyterHome;

    static Process server;
    static Jupyter.Launch launch;
    static ChromeDriver browser;

    @BeforeAll
    static void startJupyterAndBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no /usr/bin/chromium or /usr/bin/chromedriver: browser test skipped (Debian: apt-get install chromium chromium-driver)");
        // The page is driven through the classic notebook's JavaScript API (Jupyter.notebook), so this test
        // uses Debian's notebook 6 even where ./jielong would prefer JupyterLab; it starts it the same way.
        assumeTrue(Files.isExecutable(CLASSIC_NOTEBOOK), "no " + CLASSIC_NOTEBOOK + ": browser test skipped "
                + "(Debian: apt-get install jupyter-notebook)");
        KernelSpec.install(Path.of("..", "toolkit", "target"), jupyterHome);

        launch = Jupyter.launch(CLASSIC_NOTEBOOK, Path.of("").toAbsolutePath(), freePort(), false);
        ProcessBuilder builder = new ProcessBuilder(launch.command()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "jupyter-server.log").toFile());
        builder.environment().putAll(launch.environment());
        builder.environment().put("JUPYTER_PATH", jupyterHome.resolve("share/jupyter").toString());
        builder.environment().put("JUPYTER_DATA_DIR", jupyterHome.resolve("data").toString());
        builder.environment().put("JUPYTER_CONFIG_DIR", jupyterHome.resolve("config").toString());
        builder.environment().put("JUPYTER_RUNTIME_DIR", jupyterHome.resolve("runtime").toString());
        builder.environment().put("JIELONG_FAST", "1");
        builder.environment().put("OMP_NUM_THREADS", "1");
        server = builder.start();
        waitForServer(launch.url(), Duration.ofSeconds(90));

        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 2400));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void theTourRunsInTheBrowser() throws Exception {
        Page page = runAll("00-tour.ipynb", "ProgressBar.start");
        assertTrue(page.errors.isEmpty(), "error outputs in the tour: " + page.errors);
        assertTrue(page.images > 0, "no image in the tour");
        assertTrue(page.tables > 0, "no HTML table in the tour");
        assertTrue(page.progressTexts.size() >= 2, "the progress display never changed while running: " + page.progressTexts);
        assertTrue(page.progressOutputsMax <= page.progressOutputsEnd,
                "the progress cell's outputs grew then shrank: the display was not updated in place");
        assertTrue(page.progressOutputsEnd <= 3, "the progress cell shows " + page.progressOutputsEnd
                + " outputs: each update added one instead of redrawing the display");
    }

    @Test
    void aLessonWithExercisesRunsAndGrades() throws Exception {
        Page page = runAll("01-anatomy.ipynb", null);
        List<String> errors = page.errors.stream().filter(e -> !knownGsonFailure(e)).toList();
        assertTrue(errors.isEmpty(), "error outputs in lesson 01: " + errors);
        assertTrue(page.images > 0, "no image in lesson 01");
        if (page.errors.stream().anyMatch(BrowserIT::knownGsonFailure)) {
            System.out.println("TOLERATED (temporary switch JupyterNotebooksIT.TEMPORARY_TOLERATE_GSON_IN_GRADE_CELLS): "
                    + "the grade cell failed with the known gson error, so the grade table is not checked");
            return;
        }
        assertTrue(page.gradeTable, "no grade table under the Grade.check cell");
    }

    private static boolean knownGsonFailure(String error) {
        return JupyterNotebooksIT.TEMPORARY_TOLERATE_GSON_IN_GRADE_CELLS
                && error.contains("NoClassDefFoundError") && error.contains("com/google/gson");
    }

    /** What the page showed once every cell had run. */
    record Page(List<String> errors, long images, long tables, boolean gradeTable, Set<String> progressTexts,
                long progressOutputsMax, long progressOutputsEnd) {
    }

    /**
     * Opens the notebook, runs every cell as Run All does, and watches the cell whose source contains
     * {@code watch} (if any) while it runs; then reads the outputs and saves a screenshot.
     */
    private static Page runAll(String notebook, String watch) throws Exception {
        byte[] before = Files.readAllBytes(Path.of(notebook));
        Page page = runAllCells(notebook, watch);
        assertEquals(new String(before), Files.readString(Path.of(notebook)), notebook + " in the checkout was changed");
        return page;
    }

    private static Page runAllCells(String notebook, String watch) throws Exception {
        String base = launch.url().substring(0, launch.url().indexOf('/', "http://".length()));
        browser.get(base + "/notebooks/" + notebook + "?token=" + launch.token());
        JavascriptExecutor js = browser;
        await(Duration.ofSeconds(120), () -> Boolean.TRUE.equals(js.executeScript(
                "return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
                        + " && Jupyter.notebook.kernel.is_connected() && !Jupyter.notebook.kernel_busy)")), "the kernel to start");
        // No autosave: the run must not write its outputs into the lesson in the checkout.
        js.executeScript("Jupyter.notebook.set_autosave_interval(0);"
                + " Jupyter.notebook.clear_all_output(); Jupyter.notebook.execute_all_cells();");

        Set<String> progressTexts = new LinkedHashSet<>();
        long progressMax = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!Boolean.TRUE.equals(js.executeScript(
                "return Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code' && c.get_text().trim() !== '')"
                        + ".every(c => typeof c.input_prompt_number === 'number') && !Jupyter.notebook.kernel_busy"))) {
            assertTrue(System.nanoTime() < deadline, notebook + ": cells still running after 10 minutes");
            if (watch != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> seen = (Map<String, Object>) js.executeScript(
                        "const c = Jupyter.notebook.get_cells().find(c => c.get_text().includes(arguments[0]));"
                                + "const areas = c.element[0].querySelectorAll('.output_area');"
                                + "return {count: areas.length, text: areas.length ? areas[0].innerText : ''};", watch);
                progressMax = Math.max(progressMax, ((Number) seen.get("count")).longValue());
                if (!seen.get("text").toString().isBlank()) {
                    progressTexts.add(seen.get("text").toString());
                }
            }
            Thread.sleep(100);
        }

        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) js.executeScript(
                "const found = [];"
                        + "Jupyter.notebook.get_cells().forEach((c, i) => {"
                        + "  if (c.cell_type !== 'code') return;"
                        + "  const tags = (c.metadata.tags || []);"
                        + "  if (tags.includes('raises-exception')) return;"
                        + "  c.output_area.outputs.filter(o => o.output_type === 'error')"
                        + "    .forEach(o => found.push('cell ' + (i + 1) + ': ' + o.ename + ': ' + o.evalue));"
                        + "});"
                        + "return found;");
        long images = (Long) js.executeScript("return document.querySelectorAll('.output_area img').length;");
        long tables = (Long) js.executeScript("return document.querySelectorAll('.output_area table').length;");
        boolean gradeTable = Boolean.TRUE.equals(js.executeScript(
                "const c = Jupyter.notebook.get_cells().find(c => c.get_text().includes('Grade.check('));"
                        + "return !!c && c.element[0].querySelectorAll('.output_area table').length > 0;"));
        long progressEnd = watch == null ? 0 : (Long) js.executeScript(
                "const c = Jupyter.notebook.get_cells().find(c => c.get_text().includes(arguments[0]));"
                        + "return c.element[0].querySelectorAll('.output_area').length;", watch);
        // The screenshot shows the grade table where there is one, else the finished progress display.
        js.executeScript("const c = Jupyter.notebook.get_cells().find(c => c.get_text().includes('Grade.check('))"
                + " || Jupyter.notebook.get_cells().find(c => c.get_text().includes(arguments[0]));"
                + "if (c) c.element[0].scrollIntoView();", watch == null ? "Grade.check(" : watch);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved = SCREENSHOTS.resolve(notebook.replace(".ipynb", ".png"));
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("%s in Chromium: %d error outputs, %d images, %d tables, grade table %s, "
                        + "%d progress texts seen; screenshot %s%n", notebook, errors.size(), images, tables, gradeTable,
                progressTexts.size(), saved.toAbsolutePath());
        // Leave the page without the "unsaved changes" prompt, and without saving the outputs into the lesson.
        js.executeScript("Jupyter.notebook.set_dirty(false); window.onbeforeunload = null;");
        return new Page(new ArrayList<>(errors), images, tables, gradeTable, progressTexts, progressMax, progressEnd);
    }

    private static void waitForServer(String url, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            assertTrue(server.isAlive(), "Jupyter ended at start; see target/jupyter-server.log");
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            assertTrue(System.nanoTime() < deadline, "Jupyter did not answer at " + url + " within " + limit);
            Thread.sleep(300);
        }
    }

    private static void await(Duration limit, java.util.function.BooleanSupplier done, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited " + limit.toSeconds() + " s for " + what);
            Thread.sleep(200);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static {
        // Selenium Manager would look for a driver online; Debian's is named explicitly above.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    }
}
