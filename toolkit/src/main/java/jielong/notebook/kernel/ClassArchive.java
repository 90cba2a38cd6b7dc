package jielong.notebook.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jielong.notebook.eval.Evaluator;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * A class-data-sharing archive for the kernel: the JVM maps classes it loaded in an earlier run
 * instead of loading them again, which cuts the kernel's start-up by about a third. The installer makes
 * one by running the kernel's start-up path once with {@code -XX:ArchiveClassesAtExit}.
 */
final class ClassArchive {

    /** The archive's file name in the kernelspec folder. */
    static final String FILE = "kernel.jsa";

    /** The flag KernelMain takes to run {@link #exercise()} instead of serving Jupyter. */
    static final String EXERCISE_FLAG = "--archive-classes";

    // Ports are never bound: the connection objects are only built, to load their classes.
    private static final String SAMPLE_CONNECTION = "{\"transport\": \"tcp\", \"ip\": \"127.0.0.1\", "
            + "\"shell_port\": 1, \"iopub_port\": 2, \"stdin_port\": 3, \"control_port\": 4, \"hb_port\": 5, "
            + "\"signature_scheme\": \"hmac-sha256\", \"key\": \"archive\"}";

    private ClassArchive() {
    }

    /** Loads what a kernel start and a first cell load: the protocol, ZeroMQ, JShell and the compiler. */
    static void exercise() throws Exception {
        PromptConnection connection = new PromptConnection(KernelConnectionProperties.parse(SAMPLE_CONNECTION));
        new JielongKernel();
        try (Evaluator evaluator = new Evaluator()) {
            evaluator.warmUp();
        }
        connection.close();
    }

    /**
     * Runs {@code java} once to write the archive into {@code kernelDir}; returns false (and the kernel
     * simply starts without it) if that fails. Takes a few seconds, once per install.
     */
    static boolean create(String java, List<String> jvmOptions, String classPath, Path kernelDir) {
        List<String> command = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + kernelDir.resolve(FILE)));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, KernelMain.class.getName(), EXERCISE_FLAG));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0 && Files.isRegularFile(kernelDir.resolve(FILE));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
