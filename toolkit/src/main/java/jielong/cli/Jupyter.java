package jielong.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds an installed Jupyter front end (JupyterLab, else the classic notebook) and starts it on a folder. */
final class Jupyter {

    /** What to tell someone who has no Jupyter. */
    static final String HOW_TO_INSTALL = "To work in notebooks, install Jupyter (Debian or Ubuntu: "
            + "sudo apt-get install jupyter-notebook; elsewhere: pip install notebook), then run ./jielong again.";

    private Jupyter() {
    }

    /** The first of {@code jupyter-lab}, {@code jupyter-notebook} found on the PATH. */
    static Optional<Path> find() {
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

    /** Starts {@code program} with {@code folder} as its root, sharing this terminal, and waits for it to end. */
    static int start(Path program, Path folder) throws Exception {
        System.out.println("Starting " + program.getFileName() + " on " + folder.toAbsolutePath()
                + " (stop it with Ctrl-C)");
        Process jupyter = new ProcessBuilder(program.toString()).directory(folder.toFile()).inheritIO().start();
        return jupyter.waitFor();
    }
}
