package jielong.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import jielong.notebook.kernel.KernelSpec;
import picocli.CommandLine.Command;

/** {@code ./jielong lab}: installs the kernel and starts Jupyter on the course's notebooks. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Install the Java kernel and start Jupyter (JupyterLab, else the classic notebook) on notebooks/.")
final class LabCommand implements Callable<Integer> {

    static final Path NOTEBOOKS = Path.of("notebooks");

    @Override
    public Integer call() throws Exception {
        Optional<Path> jupyter = Jupyter.find();
        if (jupyter.isEmpty()) {
            System.err.println("Jupyter is not installed. " + Jupyter.HOW_TO_INSTALL);
            return 1;
        }
        return installAndStart(jupyter.get());
    }

    static int installAndStart(Path jupyter) throws Exception {
        Path dir = KernelSpec.install(KernelSpec.buildDir(), null);
        System.out.println("Installed the Java kernel in " + dir);
        return Jupyter.start(jupyter, NOTEBOOKS);
    }
}
