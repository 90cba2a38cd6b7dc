package jielong.course.compression;

import java.io.ByteArrayOutputStream;

/** Collects bits, most significant first, into bytes; the last byte is padded with zeros. */
final class BitOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int current, filled;

    void write(int bit) {
        current = (current << 1) | bit;
        if (++filled == 8) {
            bytes.write(current);
            current = filled = 0;
        }
    }

    byte[] toByteArray() {
        while (filled != 0) write(0);
        return bytes.toByteArray();
    }
}
