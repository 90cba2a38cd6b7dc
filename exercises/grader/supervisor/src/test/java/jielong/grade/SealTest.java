package jielong.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jielong.grade.seal.Seal;
import jielong.grade.seal.TamperReport;

/** A modified graded test is reported and its chapter is not trusted; a Windows checkout is not "modified". */
class SealTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    void aModifiedTestDistrustsItsChapterOnly() throws IOException {
        write("src/test/java/jielong/exercises/ch03/ScoresTest.java", "class ScoresTest {}\n");
        write("src/test/java/jielong/exercises/ch04/AdamWTest.java", "class AdamWTest {}\n");
        Seal.write(dir);
        assertEquals(List.of(), Seal.check(dir).problems());

        write("src/test/java/jielong/exercises/ch03/ScoresTest.java", "class ScoresTest { /* always pass */ }\n");
        TamperReport report = Seal.check(dir);
        assertEquals(List.of("src/test/java/jielong/exercises/ch03/ScoresTest.java was modified"), report.problems());
        assertFalse(report.trusts("ch03"));
        assertTrue(report.trusts("ch04"));
    }

    @Test
    void aModifiedGraderDistrustsEverything() throws IOException {
        write("grader/runtime/src/main/java/jielong/grade/Case.java", "class Case {}\n");
        Seal.write(dir);
        write("grader/runtime/src/main/java/jielong/grade/Case.java", "class Case { /* never fail */ }\n");
        assertFalse(Seal.check(dir).trusts("ch01"));
    }

    @Test
    void crlfLineEndingsStillMatch() throws IOException {
        write("src/test/resources/fixtures/ch01/counts.tsv", "gpt2\t124439808\n");
        Seal.write(dir);
        write("src/test/resources/fixtures/ch01/counts.tsv", "gpt2\t124439808\r\n");
        assertTrue(Seal.check(dir).trusts("ch01"));
    }

    @Test
    void aLearnersFilledInStubIsNoTamperingButIsNoLongerAStub() throws IOException {
        write("src/main/java/jielong/exercises/ch02/WordChain.java", "class WordChain { /* TODO */ }\n");
        write("src/main/java/jielong/exercises/ch03/AttentionByHand.java", "class AttentionByHand { /* TODO */ }\n");
        Seal.write(dir);
        write("src/main/java/jielong/exercises/ch02/WordChain.java", "class WordChain { /* done */ }\n");
        assertTrue(Seal.check(dir).trusts("ch02"));
        assertEquals(Set.of("ch03"), Seal.untouchedStubChapters(dir));
    }
}
