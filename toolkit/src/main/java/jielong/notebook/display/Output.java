package jielong.notebook.display;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The sink that output goes to right now, and the rerouting of {@code System.out} and {@code System.err}
 * into it. There is one per JVM because {@code System.out} is one per JVM; a cell runs on its own thread,
 * so a thread-local would not see it.
 */
public final class Output {

    /** Where System.out and System.err went before we rerouted them: the console sink writes here. */
    private static volatile PrintStream terminalOut = System.out;
    private static volatile PrintStream terminalErr = System.err;

    private static volatile OutputSink current = ConsoleSink.INSTANCE;

    private Output() {
    }

    /** Where {@code display(...)}, progress bars and printed text go at this moment. */
    public static OutputSink sink() {
        return current;
    }

    /** Sends all output to {@code sink} until the returned scope is closed. */
    public static Scope use(OutputSink sink) {
        rerouteSystemStreams();
        OutputSink previous = current;
        current = sink;
        return () -> {
            sink.flush();
            current = previous;
        };
    }

    /** Restores the previous sink when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    static PrintStream terminalOut() {
        return terminalOut;
    }

    static PrintStream terminalErr() {
        return terminalErr;
    }

    /**
     * Points System.out and System.err at the current sink, remembering where they went before.
     * Checked on every use, not done once: other code (a test capturing output, say) may have
     * swapped the streams since.
     */
    private static synchronized void rerouteSystemStreams() {
        if (!(System.out instanceof ReroutedStream)) {
            terminalOut = System.out;
            System.setOut(new ReroutedStream("stdout"));
        }
        if (!(System.err instanceof ReroutedStream)) {
            terminalErr = System.err;
            System.setErr(new ReroutedStream("stderr"));
        }
    }

    /** A System.out or System.err of ours, recognisable as such. */
    private static final class ReroutedStream extends PrintStream {
        ReroutedStream(String name) {
            super(new Rerouted(name), true, StandardCharsets.UTF_8);
        }
    }

    /** Bytes written to System.out or System.err, passed on as text to the current sink. */
    private static final class Rerouted extends OutputStream {
        private final String name;

        Rerouted(String name) {
            this.name = name;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            // PrintStream encodes whole characters before each write, so each chunk decodes on its own.
            current.stream(name, new String(bytes, offset, length, StandardCharsets.UTF_8));
        }
    }
}
