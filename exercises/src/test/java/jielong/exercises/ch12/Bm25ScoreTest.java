package jielong.exercises.ch12;

import java.util.List;
import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.retrieval.Bm25;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "BM25 for one query")
class Bm25ScoreTest {
    /** The lesson's BM25, itself checked against Lucene's scores, is the reference. */
    private static void check(List<List<String>> docs, List<String> query, int doc) {
        Bm25 reference = new Bm25();
        for (int i = 0; i < docs.size(); i++) reference.add("d" + i, String.join(" ", docs.get(i)));
        Case c = Case.of("bm25(documents, " + query + ", " + doc + ")").input("documents", docs);
        c.expectClose(reference.score(String.join(" ", query), doc), c.run(() -> Ch12.bm25(docs, query, doc)), 1e-9);
    }

    @Test
    @Points(1)
    void oneWordQuery() {
        List<List<String>> docs = List.of(List.of("the", "bridge", "in", "kamiholt"), List.of("the", "museum"), List.of("a", "bridge", "bridge"));
        check(docs, List.of("bridge"), 0);
        check(docs, List.of("bridge"), 2);
    }

    @Test
    @Points(1)
    void wordsMissingFromTheDocumentAddNothing() {
        List<List<String>> docs = List.of(List.of("who", "opened", "the", "museum"), List.of("the", "museum", "in", "rovin"), List.of("born", "in", "1954"));
        check(docs, List.of("who", "opened", "the", "lighthouse"), 0);
        check(docs, List.of("museum", "rovin", "museum"), 1);
        check(docs, List.of("zebra"), 2);
    }

    @Test
    @Points(1)
    void randomCorpora() {
        Random r = new Random(12);
        String[] words = {"ka", "ro", "mi", "tel", "vin", "sa", "do", "ren"};
        for (int trial = 0; trial < 10; trial++) {
            List<List<String>> docs = new java.util.ArrayList<>();
            for (int d = 0; d < 2 + r.nextInt(8); d++) {
                List<String> doc = new java.util.ArrayList<>();
                for (int w = 0; w < 1 + r.nextInt(12); w++) doc.add(words[r.nextInt(words.length)]);
                docs.add(doc);
            }
            check(docs, List.of(words[r.nextInt(words.length)], words[r.nextInt(words.length)]), r.nextInt(docs.size()));
        }
    }
}
