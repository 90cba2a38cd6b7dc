package jielong.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a tiny stand-in for the chinese-poetry package in the same layout, with invented
 * poems (pseudo-quatrains), so preparation can be tested end to end without a download.
 */
final class FakePoetryPackage {
    static final String Q1 = quatrain(1), Q2 = quatrain(2), Q3 = quatrain(3), SEVEN = "山水月風花雪雲，天日春秋夜江河。";

    private FakePoetryPackage() {}

    /** Writes the package to {@code file} and returns it. */
    static Path write(Path file) throws IOException {
        // Song before Tang and file 1000 before 0 in the archive: the derivation must sort them.
        String song = "[" + poem("宋人", "甲", Q3) + "]";
        String tang1000 = "[" + poem("唐人乙", "丙", Q2) + "]";
        String tang0 = "[" + poem("唐人", "題\t一", Q1) + "," + poem("唐人", "七言", SEVEN) + ","
                + poem("佚名", "無題", Q2) + "," + "{\"author\":\"唐人\",\"title\":\"空\",\"paragraphs\":[],\"id\":null}]";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            entry(out, "package/package.json", "{\"name\":\"chinese-poetry\",\"version\":\"2.0.1\"}");
            entry(out, "package/dist/quantangshi/poet.song.0.json", song);
            entry(out, "package/dist/quantangshi/poet.tang.1000.json", tang1000);
            paxEntry(out, "package/dist/quantangshi/唐詩選.json", "[" + poem("唐人", "選", Q3) + "]");
            entry(out, "package/dist/quantangshi/poet.tang.0.json", tang0);
            out.write(new byte[1024]); // two zero blocks end a tar archive
        }
        return file;
    }

    private static String quatrain(long seed) {
        return PseudoQuatrains.one(new Random(seed));
    }

    private static String poem(String author, String title, String text) {
        int half = text.length() / 2;
        return "{\"author\":\"" + author + "\",\"title\":\"" + title.replace("\t", "\\t") + "\",\"paragraphs\":[\""
                + text.substring(0, half) + "\",\"" + text.substring(half) + "\"],\"id\":\"x\"}";
    }

    private static void paxEntry(OutputStream out, String path, String content) throws IOException {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        String record = " path=" + path + "\n";
        int length = record.getBytes(StandardCharsets.UTF_8).length;
        length += String.valueOf(length + String.valueOf(length).length()).length();
        String pax = length + record;
        block(out, "PaxHeader/x", pax.getBytes(StandardCharsets.UTF_8), 'x');
        block(out, "ascii-placeholder-" + name.length, content.getBytes(StandardCharsets.UTF_8), '0');
    }

    private static void entry(OutputStream out, String path, String content) throws IOException {
        block(out, path, content.getBytes(StandardCharsets.UTF_8), '0');
    }

    private static void block(OutputStream out, String name, byte[] data, char type) throws IOException {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 124, String.format("%011o", data.length));
        put(header, 136, String.format("%011o", 0));
        header[156] = (byte) type;
        put(header, 257, "ustar");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) header[i] = ' ';
        int sum = 0;
        for (byte b : header) sum += b & 0xff;
        put(header, 148, String.format("%06o", sum));
        out.write(header);
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] header, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, header, at, b.length);
    }

    /** The first {@code keep} bytes of {@code file}: a download cut short. */
    static Path truncated(Path file, Path to, int keep) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.write(all, 0, Math.min(keep, all.length));
        return Files.write(to, cut.toByteArray());
    }
}
