package jielong.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jielong.notebook.run.NotebookFile;
import org.junit.jupiter.api.Test;

/**
 * {@code Grade.check} in a session with the Jupyter kernel's class path (the kernel jar, with its
 * own gson relocated, and its library jars): neither gson nor JUnit nor any grader class is there,
 * and the grade table still comes back as HTML with the text beside it.
 */
class GradeCheckTest {

    @Test
    void gradeCheckShowsTheTableWithNoGraderClassInTheSession() throws Exception {
        Path toolkit = Path.of("../toolkit/target").toAbsolutePath().normalize();
        Path jar = toolkit.resolve("jielong-kernel.jar");
        assertTrue(Files.exists(jar), jar + " is built with the toolkit");
        Path dir = Path.of("target/grade-check").toAbsolutePath();
        Files.createDirectories(dir);
        Path notebook = dir.resolve("check.ipynb");
        Files.writeString(notebook, notebook(List.of(
                "List<String> present = new ArrayList<>();\n"
                        + "for (String name : List.of(\"com.google.gson.Gson\", \"org.junit.platform.launcher.Launcher\","
                        + " \"org.junit.jupiter.api.Test\", \"jielong.grade.Case\", \"jielong.grade.GradeMain\")) {\n"
                        + "    try { Class.forName(name); present.add(name); } catch (ClassNotFoundException e) { }\n"
                        + "}\n"
                        + "present",
                "Grade.check(\"ch01\")")));
        Path out = dir.resolve("check-out.ipynb");
        Process runner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true",
                "-cp", jar + File.pathSeparator + toolkit.resolve("kernel-lib") + File.separator + "*",
                "jielong.cli.Main", "run", notebook.toString(), "--out", out.toString(), "--html", dir.resolve("check.html").toString())
                .redirectErrorStream(true).start();
        String said = new String(runner.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(runner.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, runner.exitValue(), said);

        List<JsonObject> cells = NotebookFile.read(out).cells();
        assertEquals("[]", result(cells.get(0)).get("text/plain").getAsString(), "no grader class in the session");
        JsonObject table = result(cells.get(1));
        String html = text(table, "text/html"), plain = text(table, "text/plain");
        assertTrue(html.contains("<table>") && html.contains("ch01.1") && html.contains("score: 0/"), html);
        assertTrue(plain.strip().matches("(?s).*\\nscore: 0/\\d+"), plain);
    }

    private static JsonObject result(JsonObject cell) {
        for (var output : cell.getAsJsonArray("outputs")) {
            JsonObject o = output.getAsJsonObject();
            if (o.get("output_type").getAsString().equals("execute_result")) return o.getAsJsonObject("data");
        }
        throw new AssertionError("no result in " + cell);
    }

    private static String text(JsonObject data, String type) {
        var value = data.get(type);
        if (!value.isJsonArray()) return value.getAsString();
        StringBuilder sb = new StringBuilder();
        for (var line : (JsonArray) value) sb.append(line.getAsString());
        return sb.toString();
    }

    private static String notebook(List<String> sources) {
        JsonArray cells = new JsonArray();
        for (String source : sources) {
            JsonObject cell = new JsonObject();
            cell.addProperty("cell_type", "code");
            cell.add("metadata", new JsonObject());
            cell.add("outputs", new JsonArray());
            cell.add("execution_count", null);
            cell.addProperty("source", source);
            cells.add(cell);
        }
        JsonObject nb = new JsonObject();
        nb.add("cells", cells);
        nb.add("metadata", new JsonObject());
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        return nb.toString();
    }
}
