package jielong.exercises.tokens;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 3, title = "the most frequent pair")
class MostFrequentPairTest {
    private static void check(int[] tokens, int[] want) {
        Case c = Case.of("mostFrequentPair(tokens)").input("tokens", tokens);
        c.expectInts(want, c.run(() -> TokensAdapter.mostFrequentPair(tokens)));
    }

    @Test
    @Points(1)
    void aClearWinner() {
        check(new int[] {1, 2, 3, 1, 2, 4, 1, 2}, new int[] {1, 2});
    }

    @Test
    @Points(1)
    void overlapsAreCounted() {
        // Counted with overlaps, (3, 3) occurs three times; counted without, it would tie with (1, 2).
        check(new int[] {1, 2, 1, 2, 3, 3, 3, 3}, new int[] {3, 3});
    }

    @Test
    @Points(1)
    void aTieGoesToThePairSeenFirst() {
        // (1, 2) and (3, 4) both occur twice; (1, 2) occurs first, though (3, 4) reaches two first.
        check(new int[] {1, 2, 3, 4, 3, 4, 1, 2}, new int[] {1, 2});
    }
}
