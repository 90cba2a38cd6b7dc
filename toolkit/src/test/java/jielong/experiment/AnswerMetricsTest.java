package jielong.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The answer metrics against brute force, golden values and a simulation of independent tokens. */
class AnswerMetricsTest {
    /** Edit distance by its recursive definition, no table: the fewest edits, tried every way. */
    private static int bruteEdit(int[] a, int i, int[] b, int j) {
        if (i == a.length) return b.length - j;
        if (j == b.length) return a.length - i;
        int substitute = bruteEdit(a, i + 1, b, j + 1) + (a[i] == b[j] ? 0 : 1);
        return Math.min(substitute, Math.min(bruteEdit(a, i + 1, b, j) + 1, bruteEdit(a, i, b, j + 1) + 1));
    }

    @Test
    void editDistanceMatchesTheRecursiveDefinition() {
        Random rng = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int[] a = rng.ints(rng.nextInt(7), 0, 3).toArray(), b = rng.ints(rng.nextInt(7), 0, 3).toArray();
            assertEquals(bruteEdit(a, 0, b, 0), AnswerMetrics.editDistance(a, b), Arrays.toString(a) + " vs " + Arrays.toString(b));
        }
    }

    @Test
    void goldenValues() {
        // kitten -> sitting: 3 edits, the textbook example, as token ids of letters.
        assertEquals(3, AnswerMetrics.editDistance("kitten".chars().toArray(), "sitting".chars().toArray()));
        int[] truth = {6, 3, 9, 0, 0, 0};
        assertEquals(1, AnswerMetrics.exactMatch(truth.clone(), truth));
        assertEquals(0, AnswerMetrics.exactMatch(new int[] {6, 3, 9, 0, 0}, truth));
        assertEquals(5, AnswerMetrics.tokensRight(new int[] {6, 3, 9, 0, 0}, truth)); // missing last token is wrong
        assertEquals(2, AnswerMetrics.tokensRight(new int[] {6, 4, 9, 1, 1, 1, 0, 0}, truth)); // extra tokens count for nothing
        assertEquals(0.9 * 0.9 * 0.9 * 0.5 + 0.9 * 0.9 * 0.5, AnswerMetrics.predictedExactMatch(0.9, new int[] {3, 2}), 1e-12);
    }

    @Test
    void independentTokensGiveExactMatchPToTheL() {
        Random rng = new Random(11);
        double p = 0.8;
        int length = 6, n = 40_000;
        AnswerMetrics.Tally tally = new AnswerMetrics.Tally();
        int[] truth = new int[length];
        for (int i = 0; i < n; i++) {
            int[] answer = new int[length];
            for (int j = 0; j < length; j++) answer[j] = rng.nextDouble() < p ? 0 : 1;
            tally.add(answer, truth);
        }
        double expected = AnswerMetrics.predictedExactMatch(p, new int[] {length});
        double se = Math.sqrt(expected * (1 - expected) / n);
        assertEquals(expected, tally.exactMatch(), 4 * se, "exact match of independent tokens");
        assertEquals(p, tally.tokenAccuracy(), 0.01);
        // With one token per position, each substitution is one edit: mean distance is (1 - p) · L.
        assertEquals((1 - p) * length, tally.meanEditDistance(), 0.05);
        assertEquals(n, tally.answers());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnswerMetrics.predictedExactMatch(1.5, new int[] {6}))
                .getMessage().contains("between 0 and 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnswerMetrics.predictedExactMatch(Double.NaN, new int[] {6}))
                .getMessage().contains("between 0 and 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnswerMetrics.predictedExactMatch(0.5, new int[0]))
                .getMessage().contains("at least one"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AnswerMetrics.Tally().add(new int[] {1}, new int[0]))
                .getMessage().contains("no tokens"));
    }
}
