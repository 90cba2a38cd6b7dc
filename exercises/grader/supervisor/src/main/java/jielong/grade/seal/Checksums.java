package jielong.grade.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * SHA-256 of files as a sealed manifest stores them. Line endings are made {@code \n} first, so a
 * checkout that turned them into {@code \r\n} (Git on Windows) still matches.
 */
final class Checksums {
    private Checksums() {}

    /** The checksum of every file under the folders, by path relative to base with '/' separators. */
    static Map<String, String> of(Path base, String... folders) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String folder : folders) {
            Path dir = base.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    sums.put(base.relativize(file).toString().replace('\\', '/'), of(file));
                }
            }
        }
        return sums;
    }

    static String of(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        return sha256(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
