package jielong.grade.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jielong.grade.report.GradedTest;
import jielong.grade.report.Status;

/**
 * The supervisor's end of the one channel test results travel by. It listens on a loopback port
 * and hands the port and a fresh 256-bit secret to the grading JVM on its standard input, which only
 * that process reads, before any learner class exists. The first connection that presents the
 * secret is kept and the port is closed at once: no other connection can be made, and none that
 * lacks the secret is ever read. Learner code, loaded later, finds neither the port nor the secret
 * on the command line, in the environment, in system properties or in a file.
 */
final class GradingChannel implements AutoCloseable {
    /** The tags the grading JVM writes (see jielong.grade.runtime.Wire). */
    private static final byte PLAN = 'P', START = 'S', END = 'E', DONE = 'D', ERROR = 'X';
    /** Connections without the secret that are dropped before the supervisor gives up. */
    private static final int MAX_STRANGERS = 16;

    private final ServerSocket server;
    private final byte[] secret;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private Socket socket;

    private GradingChannel() throws IOException {
        server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        secret = HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
    }

    static GradingChannel open() throws IOException {
        return new GradingChannel();
    }

    /** The line the grading JVM reads first: port and secret. */
    byte[] hello() {
        byte[] port = (server.getLocalPort() + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[port.length + secret.length + 1];
        System.arraycopy(port, 0, line, 0, port.length);
        System.arraycopy(secret, 0, line, port.length, secret.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /** Waits for the grading JVM to connect with the secret; false when it did not within the time. */
    boolean accept(long millis, Process jvm) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        server.setSoTimeout(200);
        int strangers = 0;
        while (System.nanoTime() < deadline && jvm.isAlive() && strangers < MAX_STRANGERS) {
            Socket s;
            try {
                s = server.accept();
            } catch (SocketTimeoutException e) {
                continue;
            }
            s.setSoTimeout(5000);
            try {
                byte[] said = new DataInputStream(s.getInputStream()).readUTF().getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(said, secret)) {
                    server.close(); // nobody else can connect now
                    s.setSoTimeout(0);
                    socket = s;
                    return true;
                }
            } catch (IOException e) {
                // not a grading JVM: drop it
            }
            s.close();
            strangers++;
        }
        return false;
    }

    /** Sends what to run and every chapter's classes, then starts reading events. */
    void send(String testPackage, String selection, List<String> only, List<ChapterBuild> chapters) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        out.writeUTF(testPackage);
        out.writeUTF(selection);
        out.writeInt(only.size());
        for (String id : only) out.writeUTF(id);
        out.writeInt(chapters.size());
        for (ChapterBuild c : chapters) {
            out.writeUTF(c.chapter());
            out.writeBoolean(c.runnable());
            write(out, c.learner());
            write(out, c.tests());
            write(out, c.resources());
        }
        out.flush();
        Thread reader = new Thread(this::read, "grading-events");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next event, or null after the time. */
    Event poll(long millis) throws InterruptedException {
        return events.poll(millis, TimeUnit.MILLISECONDS);
    }

    private static void write(DataOutputStream out, Map<String, byte[]> entries) throws IOException {
        out.writeInt(entries.size());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
        }
    }

    private void read() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
            while (true) {
                byte tag = in.readByte();
                switch (tag) {
                    case PLAN -> {
                        String id = in.readUTF(), chapter = in.readUTF();
                        int exercise = in.readInt();
                        String title = in.readUTF(), name = in.readUTF();
                        int points = in.readInt();
                        boolean hidden = in.readBoolean();
                        events.add(Event.plan(new GradedTest(id, chapter, exercise, title, name, points, hidden)));
                    }
                    case START -> events.add(Event.start(in.readUTF()));
                    case END -> {
                        String id = in.readUTF();
                        boolean passed = in.readBoolean();
                        String message = in.readUTF();
                        events.add(Event.end(id, passed ? Status.PASSED : Status.FAILED, message.isEmpty() ? null : message, in.readLong()));
                    }
                    case DONE -> events.add(Event.done());
                    case ERROR -> events.add(Event.error(in.readUTF()));
                    default -> {
                        events.add(Event.error("the grading JVM sent an unknown message (" + tag + ")"));
                        return;
                    }
                }
            }
        } catch (IOException e) {
            events.add(Event.closed());
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (socket != null) socket.close();
    }
}
