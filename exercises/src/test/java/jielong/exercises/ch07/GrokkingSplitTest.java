package jielong.exercises.ch07;

import jielong.course.emergence.Grokking;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "the grokking split of all pairs mod p")
class GrokkingSplitTest {
    /** The toolkit's split is the reference. */
    private static void check(int p, double fraction, long seed) {
        Grokking.Split want = Grokking.split(p, fraction, seed);
        Case c = Case.of("grokkingSplit(" + p + ", " + fraction + ", " + seed + ")");
        int[][] got = c.run(() -> Ch07.grokkingSplit(p, fraction, seed));
        c.expectThat(got != null && got.length == 4, "four arrays: train inputs, train labels, validation inputs, validation labels");
        int[][] expected = {want.trainInputs(), want.trainLabels(), want.valInputs(), want.valLabels()};
        String[] parts = {"train inputs", "train labels", "validation inputs", "validation labels"};
        for (int i = 0; i < 4; i++) {
            Case.of("grokkingSplit(" + p + ", " + fraction + ", " + seed + ")[" + i + "], the " + parts[i]).expectInts(expected[i], got[i]);
        }
    }

    @Test
    @Points(1)
    void aSmallPrime() {
        check(7, 0.5, 1);
    }

    @Test
    @Points(1)
    void theLessonsFastSetting() {
        check(31, 0.5, 1);
    }

    @Test
    @Points(1)
    void anotherFractionAndSeed() {
        check(53, 0.3, 9);
    }
}
