package jielong.notebook.kernel;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.OutputSink;
import org.dflib.jjava.jupyter.channels.ReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

/**
 * Sends a cell's output to the Jupyter front end as IOPub messages. Printed text is gathered for a
 * moment and sent in one message, so a loop that prints a thousand lines sends a few messages, not a
 * thousand; anything pending is sent before a display so the order on screen stays right.
 */
final class JupyterSink implements OutputSink {

    private static final long STREAM_DELAY_MS = 50;
    private static final int STREAM_MAX_CHARS = 16_384;
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jielong-stream-flush");
        t.setDaemon(true);
        return t;
    });

    private final ReplyEnvironment env;
    private final StringBuilder pending = new StringBuilder();
    private String pendingName;
    private ScheduledFuture<?> scheduled;

    JupyterSink(ReplyEnvironment env) {
        this.env = env;
    }

    @Override
    public synchronized void stream(String name, String text) {
        if (pendingName != null && !pendingName.equals(name)) {
            flush();
        }
        pendingName = name;
        pending.append(text);
        if (pending.length() >= STREAM_MAX_CHARS) {
            flush();
        } else if (scheduled == null) {
            scheduled = FLUSHER.schedule(this::flush, STREAM_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        flush();
        env.publish(new PublishDisplayData(toDisplayData(bundle, displayId)));
    }

    @Override
    public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        flush();
        env.publish(new PublishUpdateDisplayData(toDisplayData(bundle, displayId)));
    }

    @Override
    public synchronized void flush() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        if (pending.length() > 0) {
            PublishStream.StreamType type = "stderr".equals(pendingName)
                    ? PublishStream.StreamType.ERR : PublishStream.StreamType.OUT;
            env.publish(new PublishStream(type, pending.toString()));
            pending.setLength(0);
        }
    }

    /** Our bundle in JJava's form; the display id travels in the message's transient part. */
    static DisplayData toDisplayData(MimeBundle bundle, String displayId) {
        DisplayData data = new DisplayData();
        bundle.data().forEach(data::putData);
        for (Map.Entry<String, Map<String, Object>> entry : bundle.metadata().entrySet()) {
            data.putMetaData(entry.getKey(), entry.getValue());
        }
        if (displayId != null) {
            data.setDisplayId(displayId);
        }
        return data;
    }
}
