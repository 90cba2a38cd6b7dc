package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed manifest and samples agree with what the generators produce on this machine. */
class ManifestTest {
    static final Path ROOT = Locations.checkout();
    static final Manifest MANIFEST = Manifest.read(ROOT.resolve(Manifest.RELATIVE_PATH));

    @Test
    void listsEveryDatasetOfTheCourseWithProvenance() {
        Set<String> names = MANIFEST.datasets().stream().map(DatasetEntry::name).collect(Collectors.toSet());
        assertEquals(Set.of("tang-quatrains", "poetry-large", "poet-facts", "arithmetic", "motion-problems",
                "modular", "fact-world", "fact-biographies", "preferences"), names);
        for (DatasetEntry d : MANIFEST.datasets()) {
            assertTrue(d.sha256().matches("[0-9a-f]{64}"), d.name());
            assertTrue(d.bytes() > 0 && !d.licence().isBlank() && !d.attribution().isBlank(), d.name());
            if (d.source().isPackage()) assertTrue(d.source().integrity().startsWith("sha512-"), d.name());
            else assertTrue(d.source().seed() != null && d.source().count() != null, d.name());
        }
    }

    /** Each generated dataset's lines, made once for both tests below. */
    static final Map<String, List<String>> GENERATED = MANIFEST.datasets().stream()
            .filter(d -> !d.source().isPackage())
            .collect(Collectors.toMap(DatasetEntry::name, d -> Generators.lines(d.source())));

    @Test
    void generatedDatasetsMatchTheirChecksumsByteForByte() {
        for (DatasetEntry d : MANIFEST.datasets()) {
            if (d.source().isPackage()) continue;
            byte[] bytes = (String.join("\n", GENERATED.get(d.name())) + "\n").getBytes(StandardCharsets.UTF_8);
            assertEquals(d.bytes(), bytes.length, d.name());
            assertEquals(d.sha256(), sha256(bytes), d.name() + ": a generator changed; update the manifest");
        }
    }

    @Test
    void committedSamplesAreCurrent() throws IOException {
        for (DatasetEntry d : MANIFEST.datasets()) {
            if (d.source().isPackage()) continue;
            Path sample = ROOT.resolve("datasets/samples").resolve(d.file());
            assertEquals(Samples.of(d.source(), GENERATED.get(d.name())), Files.readString(sample),
                    sample + " is stale; rewrite the samples with: java -cp ... jielong.data.Samples");
            assertTrue(Files.size(sample) < 4 * Samples.MAX_BYTES, sample.toString());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
