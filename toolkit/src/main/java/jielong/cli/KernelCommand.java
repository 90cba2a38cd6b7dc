package jielong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jielong.notebook.kernel.KernelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jielong kernel install|uninstall}: the course's Jupyter kernel, named {@code jielong}. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Install or remove the Jupyter kernel \"" + KernelSpec.DISPLAY_NAME + "\" (name: "
                + KernelSpec.NAME + "). The kernelspec goes to $JUPYTER_DATA_DIR/kernels, or the user's Jupyter "
                + "data folder, or PREFIX/share/jupyter/kernels.",
        subcommands = {KernelCommand.Install.class, KernelCommand.Uninstall.class})
final class KernelCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("say what to do: ./jielong kernel install, or ./jielong kernel uninstall");
        return 2;
    }

    /** Installs (or reinstalls) the kernelspec. */
    @Command(name = "install", mixinStandardHelpOptions = true, description = "Install the kernel for Jupyter.")
    static final class Install implements Callable<Integer> {
        @Option(names = "--prefix", paramLabel = "DIR", description = "install under DIR/share/jupyter/kernels")
        Path prefix;

        @Override
        public Integer call() throws Exception {
            Path dir = KernelSpec.install(KernelSpec.buildDir(), prefix);
            System.out.println("Installed the Jupyter kernel '" + KernelSpec.NAME + "' (" + KernelSpec.DISPLAY_NAME
                    + ") in " + dir);
            return 0;
        }
    }

    /** Removes the kernelspec. */
    @Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove the kernel from Jupyter.")
    static final class Uninstall implements Callable<Integer> {
        @Option(names = "--prefix", paramLabel = "DIR", description = "remove from DIR/share/jupyter/kernels")
        Path prefix;

        @Override
        public Integer call() throws Exception {
            boolean removed = KernelSpec.uninstall(prefix);
            System.out.println(removed ? "Removed the Jupyter kernel '" + KernelSpec.NAME + "' from "
                    + KernelSpec.kernelsDir(prefix) : "No kernel '" + KernelSpec.NAME + "' in " + KernelSpec.kernelsDir(prefix));
            return 0;
        }
    }
}
