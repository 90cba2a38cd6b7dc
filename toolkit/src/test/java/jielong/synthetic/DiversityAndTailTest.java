package jielong.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiversityAndTailTest {
    private static final List<int[]> TEXTS = List.of(new int[] {1, 2, 1, 2, 3}, new int[] {3, 1}, new int[] {2});

    @Test
    void distinctNByHand() {
        // 1-grams: 8 tokens, different 1, 2, 3
        assertEquals(3.0 / 8, Diversity.distinctN(TEXTS, 1), 1e-12);
        // 2-grams: (1,2) (2,1) (1,2) (2,3) | (3,1): 5 in all, 4 different; none spans two texts
        assertEquals(5, Diversity.totalCount(TEXTS, 2));
        assertEquals(4, Diversity.distinctCount(TEXTS, 2));
        assertEquals(0.8, Diversity.distinctN(TEXTS, 2), 1e-12);
        // 3-grams: (1,2,1) (2,1,2) (1,2,3): all different
        assertEquals(1.0, Diversity.distinctN(TEXTS, 3), 1e-12);
        assertEquals(0, Diversity.distinctN(TEXTS, 6));
    }

    @Test
    void tailIsTheRarestTokensWithinTheShare() {
        long[] counts = TailMass.counts(List.of(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 2, 3}), 5); // 0: 6, 1: 2, 2: 1, 3: 1, 4: never
        assertArrayEquals(new long[] {6, 2, 1, 1, 0}, counts);
        assertArrayEquals(new boolean[] {false, false, true, true, false}, TailMass.rare(counts, 0.2));  // 2 and 3 make 2 of 10
        assertArrayEquals(new boolean[] {false, false, true, false, false}, TailMass.rare(counts, 0.15)); // only one of the two fits, the lower id
        assertArrayEquals(new boolean[] {false, true, true, true, false}, TailMass.rare(counts, 0.45));
        boolean[] tail = TailMass.rare(counts, 0.2);
        assertEquals(2, TailMass.size(tail));
        assertEquals(0.2, TailMass.of(List.of(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 2, 3}), tail), 1e-12);
        assertEquals(3.0 / 5, TailMass.of(List.of(new int[] {2, 2}, new int[] {3, 0, 4}), tail), 1e-12);
        assertEquals(0, TailMass.of(List.of(), tail));
        assertEquals(0.5, TailMass.typesPresent(List.of(new int[] {0, 3, 3}, new int[] {1}), tail), 1e-12); // 3 of the tail {2, 3}
        assertEquals(1, TailMass.typesPresent(List.of(new int[] {2}, new int[] {3}), tail), 1e-12);
    }

    @Test
    void badInputSaysWhatToDo() {
        assertThrows(IllegalArgumentException.class, () -> Diversity.distinctN(TEXTS, 0));
        assertThrows(IllegalArgumentException.class, () -> TailMass.rare(new long[] {1, 2}, 1.0));
        assertThrows(IllegalArgumentException.class, () -> TailMass.rare(new long[] {0, 0}, 0.1));
        assertThrows(IllegalArgumentException.class, () -> TailMass.counts(List.of(new int[] {7}), 5));
        assertThrows(IllegalArgumentException.class, () -> TailMass.of(List.of(new int[] {-1}), new boolean[3]));
    }
}
