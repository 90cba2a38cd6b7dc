package jielong.exercises.ch17;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.train.Examples;
import jielong.train.PackedExamples;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "examples packed into one row")
class PackedWeightsTest {
    /** The toolkit's packing is the reference. */
    private static void check(int[] lengths, int[] answerStarts) {
        List<Examples.Example> row = new ArrayList<>();
        for (int k = 0; k < lengths.length; k++) row.add(new Examples.Example(new int[lengths[k]], answerStarts[k]));
        float[] want = PackedExamples.pack(List.of(row)).weights();
        Case c = Case.of("packedWeights(" + Arrays.toString(lengths) + ", " + Arrays.toString(answerStarts) + ")");
        c.expectFloats(want, c.run(() -> Ch17.packedWeights(lengths, answerStarts)), 0);
    }

    @Test
    @Points(1)
    void oneExample() {
        check(new int[] {6}, new int[] {4});
    }

    @Test
    @Points(1)
    void threeExamplesEndToEnd() {
        check(new int[] {5, 3, 7}, new int[] {2, 1, 5});
        check(new int[] {2, 2}, new int[] {1, 1});
    }

    @Test
    @Points(1)
    void manyRandomRows() {
        Random rng = new Random(29);
        for (int r = 0; r < 10; r++) {
            int n = 1 + rng.nextInt(5);
            int[] lengths = new int[n], starts = new int[n];
            for (int k = 0; k < n; k++) {
                lengths[k] = 2 + rng.nextInt(20);
                starts[k] = rng.nextInt(lengths[k]);
            }
            check(lengths, starts);
        }
    }
}
