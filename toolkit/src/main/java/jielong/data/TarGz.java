package jielong.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive (an npm package) as a stream, so the
 * package is never unpacked to disk and no {@code tar} program is needed. Understands the ustar
 * layout plus the pax and GNU headers that carry long or non-ASCII file names.
 */
public final class TarGz {
    /** Receives each regular file; {@code content} ends at the file's last byte. */
    @FunctionalInterface
    public interface FileVisitor {
        void visit(String path, long size, InputStream content) throws IOException;
    }

    private static final int BLOCK = 512;

    private TarGz() {}

    /** Calls {@code visitor} for every regular file in the archive, in archive order. */
    public static void forEachFile(Path archive, FileVisitor visitor) throws IOException {
        try (InputStream raw = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
            byte[] header = new byte[BLOCK];
            String longName = null; // set by a pax ('x') or GNU ('L') header for the next entry
            while (true) {
                readFully(raw, header);
                if (isZeros(header)) return; // two zero blocks end the archive; one is enough to stop
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                String name = longName != null ? longName : ustarName(header);
                longName = null;
                BoundedStream content = new BoundedStream(raw, size);
                if (type == 'x') {
                    longName = paxPath(content.readAllBytes());
                } else if (type == 'L') {
                    longName = cString(content.readAllBytes(), 0, (int) size);
                } else if (type == '0' || type == '\0') {
                    visitor.visit(name, size, content);
                }
                content.skipRest();
                skipFully(raw, (BLOCK - size % BLOCK) % BLOCK);
            }
        }
    }

    private static String ustarName(byte[] h) {
        String name = cString(h, 0, 100);
        String prefix = cString(h, 345, 155); // ustar splits long paths into prefix + name
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** Pax records look like "27 path=package/some/file\n"; only the path matters here. */
    private static String paxPath(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (String record : text.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) return record.substring(space + 6);
        }
        return null;
    }

    private static String cString(byte[] b, int from, int length) {
        int end = from;
        while (end < from + length && b[end] != 0) end++;
        return new String(b, from, end - from, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int from, int length) {
        long value = 0;
        for (int i = from; i < from + length && b[i] != 0; i++) {
            if (b[i] >= '0' && b[i] <= '7') value = value * 8 + (b[i] - '0');
        }
        return value;
    }

    private static boolean isZeros(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    private static void readFully(InputStream in, byte[] buffer) throws IOException {
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n < buffer.length) throw new EOFException("the archive ends in the middle of a tar header");
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        in.skipNBytes(n); // throws EOFException when the archive is cut short
    }

    /** A view of the next {@code size} bytes that the visitor may read as much of as it likes. */
    private static final class BoundedStream extends FilterInputStream {
        private long left;

        BoundedStream(InputStream in, long size) {
            super(in);
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = in.read();
            if (b < 0) throw new EOFException("the archive ends in the middle of a file");
            left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) throw new EOFException("the archive ends in the middle of a file");
            left -= n;
            return n;
        }

        @Override
        public void close() {
            // The archive stays open for the next entry.
        }

        void skipRest() throws IOException {
            in.skipNBytes(left);
            left = 0;
        }
    }
}
