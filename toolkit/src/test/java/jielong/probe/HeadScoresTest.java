package jielong.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadScoresTest {
    /** A B C D A B C D: a perfect induction head at positions 4..7 looks at 1, 2, 3, 4 (the token after the earlier copy). */
    private static final int[] REPEAT = {0, 1, 2, 3, 0, 1, 2, 3};

    private static float[][] pattern(int t, java.util.function.IntUnaryOperator target) {
        float[][] w = new float[t][t];
        for (int i = 0; i < t; i++) w[i][target.applyAsInt(i)] = 1;
        return w;
    }

    @Test
    void aHandMadeInductionHeadScoresOne() {
        // before the copy there is nothing to induce: look at the first token; in the copy, at i − 4 + 1
        float[][] w = pattern(8, i -> i < 4 ? 0 : i - 3);
        assertEquals(1.0, HeadScores.induction(w, REPEAT), 1e-12);
        assertEquals(1.0 / 7, HeadScores.previousToken(w), 1e-12); // only position 4 looks at 3
    }

    @Test
    void aPreviousTokenHeadScoresOneOnThePreviousTokenAndNothingOnInduction() {
        float[][] w = pattern(8, i -> Math.max(0, i - 1));
        assertEquals(1.0, HeadScores.previousToken(w), 1e-12);
        assertEquals(0.0, HeadScores.induction(w, REPEAT), 1e-12);
    }

    @Test
    void uniformCausalWeightsGiveTheShareCountedByHand() {
        int t = 8;
        float[][] w = new float[t][t];
        for (int i = 0; i < t; i++) for (int j = 0; j <= i; j++) w[i][j] = 1f / (i + 1);
        // positions 4..7 each have one induction target among i + 1 positions: (1/5 + 1/6 + 1/7 + 1/8) / 4
        assertEquals((1.0 / 5 + 1.0 / 6 + 1.0 / 7 + 1.0 / 8) / 4, HeadScores.induction(w, REPEAT), 1e-7);
        double prev = 0;
        for (int i = 1; i < t; i++) prev += 1.0 / (i + 1);
        assertEquals(prev / 7, HeadScores.previousToken(w), 1e-7);
    }

    @Test
    void everyEarlierOccurrenceCounts() {
        // token 5 at 0 and 2, again at 4: the targets are 1 and 3
        int[] tokens = {5, 6, 5, 7, 5};
        float[][] w = new float[5][5];
        w[4][1] = 0.25f;
        w[4][3] = 0.5f;
        w[4][4] = 0.25f;
        w[2][1] = 1; // position 2 repeats token 0: target 1
        for (int i : new int[] {0, 1, 3}) w[i][0] = 1;
        assertEquals((1.0 + 0.75) / 2, HeadScores.induction(w, tokens), 1e-7);
    }

    @Test
    void noRepeatMeansNoScore() {
        assertTrue(Double.isNaN(HeadScores.induction(pattern(3, i -> 0), new int[] {1, 2, 3})));
    }

    @Test
    void badShapesAreRefusedWithTheirSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeadScores.induction(new float[3][3], REPEAT));
        assertTrue(e.getMessage().contains("3 rows for 8 tokens"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HeadScores.previousToken(new float[][] {{1, 0}, {1}}));
        assertTrue(e.getMessage().contains("square"), e.getMessage());
    }
}
