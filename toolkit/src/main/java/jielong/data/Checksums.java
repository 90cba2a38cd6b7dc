package jielong.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** Fingerprints of files: SHA-256 in hex for prepared files, npm's "sha512-..." form for packages. */
public final class Checksums {
    private Checksums() {}

    /** SHA-256 of a file's bytes, as 64 lowercase hex digits (what {@code sha256sum} prints). */
    public static String sha256(Path file) {
        return HexFormat.of().formatHex(digest("SHA-256", file));
    }

    /** The Subresource Integrity string npm records for a package: "sha512-" and base64. */
    public static String integrity(Path file) {
        return "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", file));
    }

    private static byte[] digest(String algorithm, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) md.update(buffer, 0, n);
            return md.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships " + algorithm, e);
        }
    }
}
