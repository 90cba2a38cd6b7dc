package jielong.grade.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Drains what the grading JVM prints and keeps only the end: learner code may print without limit,
 * and the end is what explains a JVM that failed to start.
 */
final class OutputTail {
    private static final int KEEP = 4000;
    private final StringBuilder tail = new StringBuilder();

    /** Starts a daemon thread that reads the stream to its end. */
    static OutputTail of(InputStream in) {
        OutputTail t = new OutputTail();
        Thread reader = new Thread(() -> t.drain(in), "grading-jvm-output");
        reader.setDaemon(true);
        reader.start();
        return t;
    }

    private void drain(InputStream in) {
        char[] buffer = new char[8192];
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (int n; (n = r.read(buffer)) > 0; ) {
                synchronized (this) {
                    tail.append(buffer, 0, n);
                    if (tail.length() > 2 * KEEP) tail.delete(0, tail.length() - KEEP);
                }
            }
        } catch (IOException e) {
            // the process is gone; what was read is all there is
        }
    }

    @Override
    public synchronized String toString() {
        return tail.length() > KEEP ? tail.substring(tail.length() - KEEP) : tail.toString();
    }
}
