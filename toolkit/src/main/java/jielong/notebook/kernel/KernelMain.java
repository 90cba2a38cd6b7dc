package jielong.notebook.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * What Jupyter starts: {@code java ... -jar jielong-kernel.jar CONNECTION_FILE}. Reads the ports and key
 * Jupyter chose, serves the kernel on them, and ends when Jupyter asks it to shut down.
 */
public final class KernelMain {

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(ClassArchive.EXERCISE_FLAG)) {
            ClassArchive.exercise(); // the installer's one run that records classes for a quicker start
            System.exit(0);
        }
        if (args.length != 1) {
            System.err.println("usage: java -jar jielong-kernel.jar CONNECTION_FILE  (Jupyter passes the file)");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true"); // charts draw into images; there is no screen
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new PromptConnection(properties);
        JielongKernel kernel = new JielongKernel();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        kernel.onStartup();
        // JShell starts once Jupyter can reach us: on two cores, starting it earlier slows the handshake.
        kernel.startEvaluator(Path.of(""));
        connection.waitUntilClose();
        // Threads a cell started may still be alive; the kernel's life is over all the same.
        System.exit(0);
    }
}
