package jielong.exercises.tokens;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.tokenize.Merge;

@Exercise(value = 4, title = "one BPE merge")
class MergeTest {
    /** The toolkit's merge rule. */
    private static void check(int[] tokens, int left, int right, int newId) {
        int[] work = tokens.clone();
        int[] want = Arrays.copyOf(work, new Merge(left, right, newId).applyTo(work, work.length));
        Case c = Case.of("merge(tokens, " + left + ", " + right + ", " + newId + ")").input("tokens", tokens);
        c.expectInts(want, c.run(() -> TokensAdapter.merge(tokens, left, right, newId)));
    }

    @Test
    @Points(1)
    void replacesEveryOccurrence() {
        check(new int[] {104, 105, 32, 104, 105, 33}, 104, 105, 256);
    }

    @Test
    @Points(1)
    void overlapsGoToTheLeft() {
        check(new int[] {97, 97, 97}, 97, 97, 256);
    }

    @Test
    @Points(2)
    void aLongRandomSequence() {
        Random rng = new Random(9);
        int[] tokens = new int[300];
        for (int i = 0; i < tokens.length; i++) tokens[i] = rng.nextInt(4);
        check(tokens, 1, 1, 300);
    }
}
