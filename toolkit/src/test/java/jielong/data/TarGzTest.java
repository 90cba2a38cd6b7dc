package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tar reader against an archive written in the test. */
class TarGzTest {
    @TempDir Path temp;

    @Test
    void listsFilesInArchiveOrderWithPaxNames() throws IOException {
        Path tgz = FakePoetryPackage.write(temp.resolve("p.tgz"));
        List<String> names = new ArrayList<>();
        TarGz.forEachFile(tgz, (path, size, content) -> names.add(path));
        assertEquals(List.of("package/package.json", "package/dist/quantangshi/poet.song.0.json",
                "package/dist/quantangshi/poet.tang.1000.json", "package/dist/quantangshi/唐詩選.json",
                "package/dist/quantangshi/poet.tang.0.json"), names);
    }

    @Test
    void givesEachFileItsOwnBytesEvenIfTheVisitorReadsNothing() throws IOException {
        Path tgz = FakePoetryPackage.write(temp.resolve("p.tgz"));
        List<String> texts = new ArrayList<>();
        TarGz.forEachFile(tgz, (path, size, content) -> {
            if (path.endsWith(".json") && path.contains("package.json")) {
                texts.add(new String(content.readAllBytes(), StandardCharsets.UTF_8));
            }
        });
        assertEquals(List.of("{\"name\":\"chinese-poetry\",\"version\":\"2.0.1\"}"), texts);
    }

    @Test
    void truncatedArchiveFailsLoudly() throws IOException {
        Path tgz = FakePoetryPackage.write(temp.resolve("p.tgz"));
        Path cut = FakePoetryPackage.truncated(tgz, temp.resolve("cut.tgz"), (int) Files.size(tgz) - 40);
        assertThrows(EOFException.class, () -> TarGz.forEachFile(cut, (path, size, content) -> content.readAllBytes()));
    }
}
