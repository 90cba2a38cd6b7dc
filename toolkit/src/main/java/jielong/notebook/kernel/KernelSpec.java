package jielong.notebook.kernel;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Installs the kernel where Jupyter looks for kernels: a folder {@code kernels/jielong} holding
 * {@code kernel.json}, the kernel jar and its libraries in {@code lib/}, which {@code kernel.json}
 * finds through {@code {resource_dir}}, so the install does not depend on this checkout staying put.
 */
public final class KernelSpec {

    /** The kernel's name, as in {@code jupyter nbconvert --ExecutePreprocessor.kernel_name=jielong}. */
    public static final String NAME = "jielong";
    public static final String DISPLAY_NAME = "Java (Jielong)";
    public static final String JAR = "jielong-kernel.jar";
    /** The folder of library jars Maven writes beside the kernel jar. */
    public static final String LIBRARIES = "kernel-lib";

    private KernelSpec() {
    }

    /**
     * The {@code kernels} folder: under {@code prefix/share/jupyter} if a prefix is given, else under
     * {@code JUPYTER_DATA_DIR}, else under the user's Jupyter data folder for this operating system.
     */
    public static Path kernelsDir(Path prefix) {
        if (prefix != null) {
            return prefix.resolve("share").resolve("jupyter").resolve("kernels");
        }
        String dataDir = System.getenv("JUPYTER_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir).resolve("kernels");
        }
        return userDataDir().resolve("kernels");
    }

    private static Path userDataDir() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home : Path.of(appData)).resolve("jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("jupyter");
    }

    /**
     * Writes the kernelspec, copying the kernel jar and its libraries from {@code buildDir}
     * (Maven's {@code toolkit/target}); returns the kernel's folder.
     */
    public static Path install(Path buildDir, Path prefix) throws IOException {
        Path jar = buildDir.resolve(JAR);
        Path libraries = buildDir.resolve(LIBRARIES);
        if (!Files.isRegularFile(jar) || !Files.isDirectory(libraries)) {
            throw new IOException("no kernel jar in " + buildDir + " (build it with: mvn -DskipTests package)");
        }
        uninstall(prefix); // no jars left over from an older version
        Path dir = kernelsDir(prefix).resolve(NAME);
        Files.createDirectories(dir.resolve("lib"));
        Files.copy(jar, dir.resolve(JAR), StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> jars = Files.list(libraries)) {
            for (Path library : jars.toList()) {
                Files.copy(library, dir.resolve("lib").resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(dir.resolve("kernel.json"), kernelJson(javaCommand(), File.pathSeparator));
        ClassArchive.create(javaCommand(), JVM_OPTIONS, classPath(dir.toString(), File.pathSeparator), dir);
        return dir;
    }

    /** Removes the kernelspec; returns false if there was none. */
    public static boolean uninstall(Path prefix) throws IOException {
        Path dir = kernelsDir(prefix).resolve(NAME);
        if (!Files.exists(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return true;
    }

    /**
     * The JVM options: the course's ({@code --add-modules jdk.incubator.vector -Xss8m}), and no screen.
     * The class archive is optional: a missing or outdated one is silently ignored by the JVM.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "--add-modules", "jdk.incubator.vector", "-Xss8m", "-Djava.awt.headless=true");

    /**
     * The kernelspec. {@code interrupt_mode: message}, because a signal would kill the JVM, not stop the cell.
     */
    static String kernelJson(String java, String pathSeparator) {
        List<String> argv = new ArrayList<>();
        argv.add(java);
        argv.addAll(JVM_OPTIONS);
        argv.add("-XX:SharedArchiveFile={resource_dir}/" + ClassArchive.FILE);
        argv.addAll(List.of("-cp", classPath("{resource_dir}", pathSeparator), KernelMain.class.getName(),
                "{connection_file}"));
        StringBuilder json = new StringBuilder("{\n  \"argv\": [");
        for (int i = 0; i < argv.size(); i++) {
            json.append(i == 0 ? "" : ",\n           ").append('"').append(jsonEscape(argv.get(i))).append('"');
        }
        return json.append("],\n")
                .append("  \"display_name\": \"").append(DISPLAY_NAME).append("\",\n")
                .append("  \"language\": \"java\",\n")
                .append("  \"interrupt_mode\": \"message\",\n")
                .append("  \"metadata\": {\"debugger\": false}\n")
                .append("}\n").toString();
    }

    /** The kernel jar and every library jar in {@code dir/lib}; Java expands the {@code *}. */
    private static String classPath(String dir, String pathSeparator) {
        return dir + "/" + JAR + pathSeparator + dir + "/lib/*";
    }

    /** The java that runs this installer, so Jupyter starts the kernel with the same JDK. */
    private static String javaCommand() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * Maven's build folder for this code ({@code toolkit/target}), found from where this class was
     * loaded: {@code toolkit/target/classes}, or the toolkit jar beside it.
     */
    public static Path buildDir() {
        try {
            Path source = Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return source.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
