package jielong.cli;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an installed Jupyter front end (JupyterLab, else the classic notebook) and starts it on a folder,
 * on the loopback address, on port 8888 or a free one, with a token this class chooses, so it can print
 * the exact address to open. Also used by the browser test, which starts Jupyter the same way.
 */
public final class Jupyter {

    /** What to tell someone who has no Jupyter. */
    static final String HOW_TO_INSTALL = "To work in notebooks, install Jupyter (Debian or Ubuntu: "
            + "sudo apt-get install jupyter-notebook; elsewhere: pip install jupyterlab), then run ./jielong again.";

    /** The loopback address the front end listens on: nothing outside this machine can reach it. */
    static final String LOOPBACK = "127.0.0.1";

    /** Jupyter's usual port, used when it is free. */
    static final int USUAL_PORT = 8888;

    /**
     * How to start one front end: the command, the environment it adds, and the address to open.
     *
     * @param url the page to open on the {@link #LOOPBACK} address, its port and the token included
     * @param asRoot whether {@code --allow-root} was added because this process runs as root
     */
    public record Launch(List<String> command, Map<String, String> environment, String url, int port, String token,
                         boolean asRoot) {
    }

    private Jupyter() {
    }

    /** The first of {@code jupyter-lab}, {@code jupyter-notebook} found on the PATH: JupyterLab where both exist. */
    public static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String program : List.of("jupyter-lab", "jupyter-notebook")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The command that serves {@code folder} with {@code program} on the loopback address: port
     * {@code port} (0: 8888 if free, else any free port), a fresh token, {@code --allow-root} when this
     * process runs as root (Jupyter refuses root otherwise), and a browser only if {@code openBrowser}.
     */
    public static Launch launch(Path program, Path folder, int port, boolean openBrowser) throws IOException {
        int chosen = port > 0 ? port : freePort();
        String token = HexFormat.of().formatHex(randomBytes());
        boolean lab = program.getFileName().toString().contains("lab");
        List<String> command = new ArrayList<>(List.of(program.toString(), "--ip=" + LOOPBACK, "--port=" + chosen,
                "--port-retries=0", "--notebook-dir=" + folder.toAbsolutePath()));
        if (!openBrowser) {
            command.add("--no-browser");
        }
        boolean root = isRoot();
        if (root) {
            command.add("--allow-root");
        }
        // JUPYTER_TOKEN is read by both the classic notebook (6.x) and Jupyter Server (JupyterLab).
        String url = java.net.URI.create("http://" + LOOPBACK + ":" + chosen + (lab ? "/lab" : "/tree") + "?token=" + token).toString();
        return new Launch(List.copyOf(command), Map.of("JUPYTER_TOKEN", token), url, chosen, token, root);
    }

    /** Starts {@code program} on {@code folder}, sharing this terminal, says how to open and stop it, and waits. */
    static int start(Path program, Path folder) throws Exception {
        Launch launch = launch(program, folder, 0, true);
        if (launch.asRoot()) {
            System.out.println("Running as root, so Jupyter starts with --allow-root.");
        }
        if (launch.port() != USUAL_PORT) {
            System.out.println("Port " + USUAL_PORT + " is taken, so Jupyter uses port " + launch.port() + ".");
        }
        System.out.println("Starting " + program.getFileName() + " on " + folder.toAbsolutePath());
        System.out.println("Open:  " + launch.url());
        System.out.println("Stop:  Ctrl-C here (twice, to skip Jupyter's question), or File > Shut Down in the page.");
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(folder.toFile()).inheritIO();
        builder.environment().putAll(launch.environment());
        return builder.start().waitFor();
    }

    /** 8888 when nothing listens there, else a port the system picks. */
    static int freePort() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket usual = new ServerSocket(USUAL_PORT, 1, loopback)) {
            return USUAL_PORT;
        } catch (IOException taken) {
            try (ServerSocket any = new ServerSocket(0, 1, loopback)) {
                return any.getLocalPort();
            }
        }
    }

    /** Whether this process runs as root (user id 0), as in a container or a cloud machine. */
    static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException notUnix) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
