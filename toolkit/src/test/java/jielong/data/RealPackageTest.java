package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real chinese-poetry package, derived again and compared with the manifest. It takes 10 to 30
 * seconds, so it runs only when asked ({@code -Djielong.realData=true}) and the package is
 * already in the cache ({@code ./jielong datasets fetch tang-quatrains}); it never downloads.
 */
class RealPackageTest {
    @TempDir Path temp;

    @Test
    void derivationsMatchTheManifest() throws IOException {
        assumeTrue(Boolean.getBoolean("jielong.realData"), "run with -Djielong.realData=true");
        Manifest manifest = Manifest.read(Locations.checkout().resolve(Manifest.RELATIVE_PATH));
        DatasetLibrary library = new DatasetLibrary(manifest, Locations.cache(), (source, folder) -> {
            throw new AssertionError("this test never downloads");
        });
        Source source = manifest.entry(PoetryCorpus.QUATRAINS).source();
        Path tgz = library.packageFile(source);
        assumeTrue(Files.isRegularFile(tgz), "the package is not cached: " + tgz);
        assertEquals(source.integrity(), Checksums.integrity(tgz));

        Map<String, Path> derived = PoetryCorpus.derive(tgz, temp);
        for (var d : derived.entrySet()) {
            DatasetEntry entry = manifest.entry(d.getKey());
            assertEquals(entry.bytes(), Files.size(d.getValue()), d.getKey());
            assertEquals(entry.sha256(), Checksums.sha256(d.getValue()), d.getKey());
        }
    }
}
