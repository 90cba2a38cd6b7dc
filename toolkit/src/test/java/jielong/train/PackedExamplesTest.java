package jielong.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Rows of examples end to end: the right tokens, the loss on every answer, and rows that fit. */
class PackedExamplesTest {
    static final Examples.Example A = Examples.Example.of(new int[] {2, 3}, new int[] {4});
    static final Examples.Example B = Examples.Example.of(new int[] {5}, new int[] {6, 7});

    @Test
    void twoExamplesInARow() {
        Examples.Batch b = PackedExamples.pack(List.of(List.of(A, B)));
        assertEquals(5, b.t());
        assertArrayEquals(new int[] {2, 3, 4, 5, 6}, b.x());
        assertArrayEquals(new int[] {3, 4, 5, 6, 7}, b.y());
        // targets: 3 (A's prompt), 4 (A's answer), 5 (B's prompt), 6, 7 (B's answer)
        assertArrayEquals(new float[] {0, 1, 0, 1, 1}, b.weights());
    }

    @Test
    void oneExampleARowIsWhatExamplesBuilds() {
        Examples.Batch packed = PackedExamples.pack(List.of(List.of(A), List.of(B)));
        Examples.Batch plain = Examples.batch(A, B);
        assertArrayEquals(plain.x(), packed.x());
        assertArrayEquals(plain.y(), packed.y());
        assertArrayEquals(plain.weights(), packed.weights());
    }

    @Test
    void sampledRowsFitTheContextAndHoldWholeExamples() {
        Random g = new Random(3);
        List<Examples.Example> pool = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int[] p = new int[1 + g.nextInt(6)], a = new int[1 + g.nextInt(6)];
            java.util.Arrays.fill(p, 1);
            java.util.Arrays.fill(a, 2); // answer tokens are 2, prompt tokens 1: a weight must sit exactly on 2s
            pool.add(Examples.Example.of(p, a));
        }
        PackedExamples source = new PackedExamples(pool, 20);
        Examples.Batch b = source.sample(new Random(1), 32);
        assertTrue(b.t() <= 20, "rows no longer than the context: t = " + b.t());
        int answers = 0;
        for (int i = 0; i < b.y().length; i++) {
            assertEquals(b.y()[i] == 2 ? 1f : 0f, b.weights()[i], "weight of target " + i);
            answers += b.y()[i] == 2 ? 1 : 0;
        }
        assertTrue(answers > 32 * 3, "rows hold more than one example on average: " + answers + " answer tokens");
    }

    @Test
    void badInputSaysWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PackedExamples(List.of(Examples.Example.of(new int[] {1, 1, 1}, new int[] {2, 2})), 3));
        assertTrue(e.getMessage().contains("longer context"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PackedExamples(List.of(), 8));
        assertThrows(IllegalArgumentException.class, () -> PackedExamples.pack(List.of(List.of())));
    }
}
