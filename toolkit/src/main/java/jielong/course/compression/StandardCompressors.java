package jielong.course.compression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * The general-purpose compressors a model is compared with, each at its strongest setting, all in
 * Java: gzip (the JDK's Deflate), bzip2 (Apache Commons Compress) and xz (XZ for Java, LZMA2).
 */
public final class StandardCompressors {
    private StandardCompressors() {}

    /** gzip -9: LZ77 back-references within a 32 KB window, then Huffman codes. */
    public static byte[] gzip(byte[] data) {
        return squeeze(data, out -> new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        });
    }

    /** bzip2 -9: the Burrows-Wheeler transform on 900 KB blocks, then move-to-front and Huffman codes. */
    public static byte[] bzip2(byte[] data) {
        return squeeze(data, out -> new BZip2CompressorOutputStream(out, 9));
    }

    /** xz -9: LZMA2, long-range matches with a large dictionary and adaptive binary range coding. */
    public static byte[] xz(byte[] data) {
        return squeeze(data, out -> new XZOutputStream(out, new LZMA2Options(9)));
    }

    private interface Wrapper {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    private static byte[] squeeze(byte[] data, Wrapper wrapper) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = wrapper.wrap(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory failed", e);
        }
        return bytes.toByteArray();
    }
}
