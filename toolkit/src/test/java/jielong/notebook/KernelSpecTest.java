package jielong.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import jielong.notebook.kernel.KernelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernelspec installer, on a fake build folder so the test needs no packaged jar. */
class KernelSpecTest {

    @TempDir
    Path dir;

    @Test
    void installsUnderAPrefixAndUninstalls() throws Exception {
        Path build = dir.resolve("target");
        Files.createDirectories(build.resolve(KernelSpec.LIBRARIES));
        Files.writeString(build.resolve(KernelSpec.JAR), "kernel");
        Files.writeString(build.resolve(KernelSpec.LIBRARIES).resolve("tablesaw.jar"), "library");
        Path prefix = dir.resolve("prefix");

        Path kernel = KernelSpec.install(build, prefix);
        assertEquals(prefix.resolve("share/jupyter/kernels/jielong"), kernel);
        assertTrue(Files.exists(kernel.resolve(KernelSpec.JAR)));
        assertTrue(Files.exists(kernel.resolve("lib/tablesaw.jar")));

        JsonObject spec = JsonParser.parseString(Files.readString(kernel.resolve("kernel.json"))).getAsJsonObject();
        assertEquals(KernelSpec.DISPLAY_NAME, spec.get("display_name").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        String argv = spec.get("argv").toString();
        assertTrue(argv.contains("\"--add-modules\",\"jdk.incubator.vector\",\"-Xss8m\""), argv);
        assertTrue(argv.contains("-XX:SharedArchiveFile={resource_dir}/kernel.jsa"), argv);
        assertTrue(argv.contains("{resource_dir}/jielong-kernel.jar"), argv);
        assertTrue(argv.contains("{connection_file}"), argv);

        assertTrue(KernelSpec.uninstall(prefix));
        assertFalse(Files.exists(kernel));
        assertFalse(KernelSpec.uninstall(prefix));
    }

    @Test
    void refusesWithoutABuiltKernel() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> KernelSpec.install(dir, dir.resolve("prefix")));
        assertTrue(e.getMessage().contains("mvn -DskipTests package"), e.getMessage());
    }
}
