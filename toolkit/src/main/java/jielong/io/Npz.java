package jielong.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz} format: a zip of {@code .npy} arrays, one per name. {@code numpy.load}
 * reads what this writes, so weights move to PyTorch or NumPy without Jielong. Float32 and int32
 * arrays in C order, little-endian, as NumPy writes them by default.
 */
public final class Npz {
    /** One array: its shape and values (float32, or int32 values held exactly in floats). */
    public record Array(int[] shape, float[] data, boolean isInt) {}

    private Npz() {}

    /** Writes the arrays into one .npz file (stored uncompressed, like numpy.savez). */
    public static void write(Path file, Map<String, Array> arrays) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, Array> e : arrays.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
                writeNpy(zip, e.getValue());
                zip.closeEntry();
            }
        }
    }

    /** Reads every array of a .npz file. */
    public static Map<String, Array> read(Path file) throws IOException {
        Map<String, Array> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!name.endsWith(".npy")) continue;
                out.put(name.substring(0, name.length() - 4), readNpy(zip, file + ":" + name));
            }
        }
        if (out.isEmpty()) throw new IOException(file + " holds no .npy arrays: is it an .npz file?");
        return out;
    }

    static void writeNpy(OutputStream out, Array a) throws IOException {
        StringBuilder shape = new StringBuilder("(");
        for (int d : a.shape()) shape.append(d).append(", ");
        if (a.shape().length > 1) shape.setLength(shape.length() - 2);
        else if (a.shape().length == 1) shape.setLength(shape.length() - 1);
        shape.append(')');
        String header = "{'descr': '" + (a.isInt() ? "<i4" : "<f4") + "', 'fortran_order': False, 'shape': " + shape + ", }";
        // The magic (6), version (2) and length (2) plus the header and its newline fill a multiple of 64 bytes.
        int total = 10 + header.length() + 1;
        header = header + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteBuffer head = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        head.putShort((short) header.length());
        out.write(head.array());
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        ByteBuffer body = ByteBuffer.allocate(a.data().length * 4).order(ByteOrder.LITTLE_ENDIAN);
        if (a.isInt()) for (float v : a.data()) body.putInt((int) v);
        else body.asFloatBuffer().put(a.data());
        out.write(body.array());
    }

    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<|=]?)([fi])4'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    static Array readNpy(InputStream in, String where) throws IOException {
        byte[] head = in.readNBytes(10);
        if (head.length < 10 || (head[0] & 0xff) != 0x93 || !new String(head, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new IOException(where + " is not a .npy array");
        }
        int major = head[6];
        int len;
        if (major == 1) {
            len = ByteBuffer.wrap(head, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
        } else {
            byte[] more = in.readNBytes(2);
            len = ByteBuffer.wrap(new byte[] {head[8], head[9], more[0], more[1]}).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }
        String header = new String(in.readNBytes(len), StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header), o = ORDER.matcher(header), s = SHAPE.matcher(header);
        if (!d.find() || !s.find()) throw new IOException(where + ": only float32 and int32 arrays are supported (header " + header.trim() + ")");
        if (o.find() && o.group(1).equals("True")) throw new IOException(where + ": Fortran-order arrays are not supported; save with numpy.ascontiguousarray");
        int[] shape = Arrays.stream(s.group(1).split(",")).map(String::trim).filter(x -> !x.isEmpty()).mapToInt(Integer::parseInt).toArray();
        int n = 1;
        for (int x : shape) n *= x;
        byte[] bytes = in.readNBytes(4 * n);
        if (bytes.length < 4 * n) throw new IOException(where + " is truncated: expected " + 4 * n + " bytes of data, found " + bytes.length);
        ByteBuffer body = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        boolean isInt = d.group(2).equals("i");
        float[] data = new float[n];
        if (isInt) for (int i = 0; i < n; i++) data[i] = body.getInt();
        else body.asFloatBuffer().get(data);
        return new Array(shape, data, isInt);
    }

    /** Helper for tests and notebooks: an .npy file's bytes. */
    static byte[] npyBytes(Array a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeNpy(out, a);
        return out.toByteArray();
    }
}
