package jielong.course.compression;

import java.nio.charset.StandardCharsets;

import jielong.notebook.Numbers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Lesson 05's scoreboard: compressed sizes of one text in bytes, as a share of its UTF-8 size, and
 * in bits per character, so methods that work on bytes and on characters can be compared.
 */
public final class CompressionTable {
    private final int characters;
    private final long rawBytes;
    private final StringColumn method = StringColumn.create("method");
    private final LongColumn bytes = LongColumn.create("bytes");
    private final DoubleColumn ratio = DoubleColumn.create("size (% of UTF-8)");
    private final DoubleColumn bitsPerChar = DoubleColumn.create("bits per character");

    private CompressionTable(String text) {
        this.characters = text.codePointCount(0, text.length());
        this.rawBytes = text.getBytes(StandardCharsets.UTF_8).length;
        add("UTF-8, uncompressed", rawBytes);
    }

    /** A table for this text with the UTF-8 size and gzip, bzip2 and xz already in it. */
    public static CompressionTable withStandardCompressors(String text) {
        CompressionTable t = new CompressionTable(text);
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        t.add("gzip -9", StandardCompressors.gzip(raw).length);
        t.add("bzip2 -9", StandardCompressors.bzip2(raw).length);
        t.add("xz -9", StandardCompressors.xz(raw).length);
        return t;
    }

    /** Adds a method's size in bytes. */
    public CompressionTable add(String name, double sizeBytes) {
        method.append(name);
        bytes.append(Math.round(sizeBytes));
        ratio.append(Math.round(1000.0 * sizeBytes / rawBytes) / 10.0);
        bitsPerChar.append(Math.round(1000.0 * 8 * sizeBytes / characters) / 1000.0);
        return this;
    }

    /** Bytes of the named method, as added. */
    public long bytes(String name) {
        for (int i = 0; i < method.size(); i++) if (method.get(i).equals(name)) return bytes.get(i);
        throw new IllegalArgumentException("no row named " + name);
    }

    public int characters() {
        return characters;
    }

    /** The table to show. */
    public Table table() {
        return Table.create("compressing " + Numbers.count(characters) + " characters (" + Numbers.count(rawBytes) + " bytes of UTF-8)")
                .addColumns(method.copy(), bytes.copy(), ratio.copy(), bitsPerChar.copy());
    }
}
