package jielong.exercises.ch12;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.retrieval.Bm25;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "the weight of a rare word")
class IdfTest {
    /** The lesson's BM25 on a corpus of N documents, n of them holding the term, is the reference. */
    private static void check(int n, int containing) {
        Bm25 corpus = new Bm25();
        for (int i = 0; i < n; i++) corpus.add("d" + i, i < containing ? "term other" : "other");
        Case c = Case.of("idf(" + n + ", " + containing + ")");
        c.expectClose(corpus.idf("term"), c.run(() -> Ch12.idf(n, containing)), 1e-9);
    }

    @Test
    @Points(1)
    void aWordInOneDocumentOfTen() {
        check(10, 1);
    }

    @Test
    @Points(1)
    void aWordEverywhereStillCountsALittle() {
        check(10, 10);
        check(3, 2);
    }

    @Test
    @Points(1)
    void aLargerCorpus() {
        check(1000, 7);
        check(1000, 500);
    }
}
