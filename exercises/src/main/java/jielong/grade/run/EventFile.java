package jielong.grade.run;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;

/**
 * Events as JSON Lines. The grading JVM appends a line per event, straight to the file so a line is
 * on disk even if the JVM is killed right after; the supervisor reads whatever complete lines are new.
 */
final class EventFile {
    private static final Gson GSON = new Gson();

    private EventFile() {}

    /** The writing side, in the grading JVM. */
    static final class Writer implements AutoCloseable {
        private final FileOutputStream out;

        Writer(Path file) throws IOException {
            out = new FileOutputStream(file.toFile(), true);
        }

        synchronized void write(Event e) {
            try {
                out.write((GSON.toJson(e) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new IllegalStateException("cannot write grading events: " + ex.getMessage(), ex);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The reading side, in the supervisor: remembers how far it has read. */
    static final class Reader {
        private final Path file;
        private long offset;

        Reader(Path file) {
            this.file = file;
        }

        /** The complete lines written since the last call. */
        List<Event> next() throws IOException {
            List<Event> events = new ArrayList<>();
            if (!file.toFile().exists()) return events;
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                if (f.length() <= offset) return events;
                f.seek(offset);
                byte[] bytes = new byte[(int) (f.length() - offset)];
                f.readFully(bytes);
                int lineStart = 0;
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] != '\n') continue;
                    String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
                    events.add(GSON.fromJson(line, Event.class));
                    lineStart = i + 1;
                }
                offset += lineStart; // a half-written last line is read next time
            }
            return events;
        }
    }
}
