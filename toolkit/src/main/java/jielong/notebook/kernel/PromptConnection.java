package jielong.notebook.kernel;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * JJava's connection to Jupyter, with shell and control channels that look for requests every 5 ms
 * instead of every 50 ms: that wait alone was half of a trivial cell's 100 ms round trip.
 * Heartbeat, stdin and IOPub are JJava's own; JJava's slow shell and control sockets are never bound.
 */
final class PromptConnection extends JupyterConnection {

    private static final long POLL_MS = 5;

    private final KernelConnectionProperties properties;
    private final ZMQ.Context context = ZMQ.context(1);
    private final ShellChannel promptShell;
    private final ShellChannel promptControl;

    PromptConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
        this.promptShell = new ShellChannel(context, properties.createHMACGenerator(), false, this, POLL_MS);
        this.promptControl = new ShellChannel(context, properties.createHMACGenerator(), true, this, POLL_MS);
    }

    @Override
    public void connect() {
        heartbeat.bind(properties);
        promptShell.bind(properties);
        promptControl.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public void close() {
        promptShell.close();
        promptControl.close();
        super.close();
        context.close();
    }

    @Override
    public void waitUntilClose() {
        promptShell.waitUntilClose();
        promptControl.waitUntilClose();
        super.waitUntilClose();
    }
}
