package jielong.exercises.ch12;

import java.util.List;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "recall at k")
class RecallTest {
    private static void check(List<List<String>> retrieved, List<String> relevant, int k, double want) {
        Case c = Case.of("recallAtK(retrieved, relevant, " + k + ")").input("retrieved", retrieved).input("relevant", relevant);
        c.expectClose(want, c.run(() -> Ch12.recallAtK(retrieved, relevant, k)), 1e-12);
    }

    static final List<List<String>> RANKED = List.of(List.of("B1", "V3", "V7"), List.of("V2", "B4", "B1"), List.of("V9", "V8", "V5"), List.of("B2"));
    static final List<String> RELEVANT = List.of("B1", "B4", "V5", "V6");

    @Test
    @Points(1)
    void topOne() {
        check(RANKED, RELEVANT, 1, 0.25);
    }

    @Test
    @Points(1)
    void moreGrowsRecall() {
        check(RANKED, RELEVANT, 2, 0.5);
        check(RANKED, RELEVANT, 3, 0.75);
    }

    @Test
    @Points(1)
    void kBeyondWhatWasReturned() {
        check(RANKED, RELEVANT, 10, 0.75);
        check(List.of(List.of()), List.of("B1"), 3, 0);
    }
}
