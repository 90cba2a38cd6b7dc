package jielong.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jielong.data.FactWorld;
import jielong.data.Passage;
import jielong.data.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson's BM25 against Lucene's scores on the same passages and queries, and against the formula by hand. */
class Bm25Test {
    static final FactWorld WORLD = FactWorld.generate(5, 40);

    static Bm25 ours() {
        Bm25 b = new Bm25();
        for (Passage p : WORLD.passages()) b.add(p.id(), p.text());
        return b;
    }

    static LuceneIndex lucene() {
        LuceneIndex l = new LuceneIndex();
        for (Passage p : WORLD.passages()) l.add(p.id(), p.text());
        return l;
    }

    @Test
    void scoresAndRankingAreLucenes() {
        Bm25 ours = ours();
        try (LuceneIndex lucene = lucene()) {
            int compared = 0;
            for (Question q : WORLD.questions().subList(0, 60)) {
                List<Hit> a = ours.search(q.question(), 5), b = lucene.search(q.question(), 5);
                assertEquals(b.size(), a.size(), q.question());
                for (int i = 0; i < a.size(); i++) {
                    assertEquals(b.get(i).score(), a.get(i).score(), 1e-5 * b.get(i).score(), q.question() + " rank " + (i + 1));
                    if (i == 0 || Math.abs(a.get(i).score() - a.get(i - 1).score()) > 1e-4) {
                        assertEquals(b.get(i).id(), a.get(i).id(), q.question() + " rank " + (i + 1));
                    }
                    compared++;
                }
            }
            assertEquals(300, compared);
        }
    }

    @Test
    void theAnalysersAgreeOnPlainText() {
        try (LuceneIndex lucene = lucene()) {
            for (Passage p : WORLD.passages()) assertEquals(lucene.terms(p.text()), Bm25.terms(p.text()), p.text());
        }
    }

    @Test
    void oneScoreByHand() {
        Bm25 b = new Bm25().add("1", "red red blue").add("2", "blue green").add("3", "green green green yellow");
        // N = 3, avgdl = 3; "red": n = 1, f = 2, |d| = 3; "blue": n = 2, f = 1.
        double idfRed = Math.log(1 + (3 - 1 + 0.5) / 1.5), idfBlue = Math.log(1 + (3 - 2 + 0.5) / 2.5);
        double norm = 1.2 * (1 - 0.75 + 0.75 * 3 / 3.0);
        assertEquals(idfRed * 2 / (2 + norm) + idfBlue * 1 / (1 + norm), b.score("red blue", 0), 1e-12);
        assertEquals(0, b.score("purple", 1));
        assertEquals("1", b.search("red", 3).get(0).id());
        assertEquals(1, b.search("red", 3).size(), "documents without the term are not hits");
    }

    @Test
    void aRepeatedTermSaturates() {
        Bm25 b = new Bm25().add("1", "cat").add("2", "cat cat").add("3", "cat cat cat cat").add("4", "dog");
        double one = new Bm25(1.2, 0).add("1", "cat").add("2", "cat cat").add("3", "cat cat cat cat").add("4", "dog").score("cat", 0);
        double four = new Bm25(1.2, 0).add("1", "cat").add("2", "cat cat").add("3", "cat cat cat cat").add("4", "dog").score("cat", 2);
        assertTrue(four > one && four < 2.2 / 1.2 * one + 1e-12, "with b = 0 a term's weight tends to (k1 + 1)/f(1) times one occurrence's");
        assertTrue(b.score("cat", 2) > b.score("cat", 1));
    }

    @Test
    void badInputSaysWhatIsWrong() {
        assertThrows(IllegalArgumentException.class, () -> new Bm25(-1, 0.75));
        assertThrows(IllegalArgumentException.class, () -> new Bm25(1.2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> ours().search("x", 0));
        try (LuceneIndex l = new LuceneIndex()) {
            assertEquals(List.of(), l.search("anything", 3), "an empty index finds nothing");
        }
    }

    @TempDir
    Path dir;

    @Test
    void aFolderOfNotesBecomesPassages() throws Exception {
        Files.writeString(dir.resolve("cats.txt"), "Cats sleep sixteen hours a day.\n\nA cat's whiskers sense air currents.\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/dogs.md"), "Dogs were domesticated\nover 15,000 years ago.\n");
        Files.writeString(dir.resolve("ignore.bin"), "not text");
        try (LuceneIndex index = LuceneIndex.ofFolder(dir)) {
            assertEquals(3, index.size());
            Hit top = index.search("how long do cats sleep", 1).get(0);
            assertEquals("cats.txt#1", top.id());
            assertEquals("Dogs were domesticated over 15,000 years ago.", index.search("domesticated", 1).get(0).text());
            assertEquals("sub/dogs.md#1", index.search("domesticated", 1).get(0).id().replace('\\', '/'));
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LuceneIndex.ofFolder(empty)).getMessage().contains("no .txt"));
        assertThrows(IllegalArgumentException.class, () -> LuceneIndex.ofFolder(dir.resolve("missing")));
        Path latin = Files.createDirectories(dir.resolve("latin1"));
        Files.write(latin.resolve("a.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LuceneIndex.ofFolder(latin)).getMessage().contains("UTF-8"));
    }
}
