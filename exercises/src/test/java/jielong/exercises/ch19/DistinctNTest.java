package jielong.exercises.ch19;

import java.util.List;
import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.synthetic.Diversity;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "distinct-n")
class DistinctNTest {
    private static void check(int[][] texts, int n, double want) {
        Case c = Case.of("distinctN(texts, " + n + ")").input("texts", texts);
        c.expectClose(want, c.run(() -> Ch19.distinctN(texts, n)), 1e-12);
    }

    @Test
    @Points(1)
    void byHand() {
        int[][] texts = {{1, 2, 1, 2, 3}, {3, 1}, {2}};
        check(texts, 1, 3.0 / 8);
        check(texts, 2, 4.0 / 5); // (1,2) twice, (2,1), (2,3), (3,1); (3,2) spans two texts and does not count
        check(texts, 6, 0);
    }

    @Test
    @Points(1)
    void onRandomTexts() {
        Random rng = new Random(5);
        int[][] texts = new int[40][];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = new int[rng.nextInt(12)];
            for (int k = 0; k < texts[i].length; k++) texts[i][k] = rng.nextInt(6);
        }
        for (int n = 1; n <= 3; n++) check(texts, n, Diversity.distinctN(List.of(texts), n));
    }
}
