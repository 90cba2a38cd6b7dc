package jielong.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RepeatedTokensTest {
    @Test
    void theSecondHalfCopiesTheFirstAndLengthsCoverTheRange() {
        RepeatedTokens g = new RepeatedTokens(7, 3, 6);
        Random rng = new Random(1);
        boolean[] seen = new boolean[7];
        for (int k = 0; k < 400; k++) {
            int[] s = g.sample(rng);
            int half = s.length / 2;
            assertEquals(0, s.length % 2);
            assertTrue(half >= 3 && half <= 6, "prefix of " + half);
            seen[half] = true;
            assertArrayEquals(Arrays.copyOfRange(s, 0, half), Arrays.copyOfRange(s, half, s.length));
            for (int t : s) assertTrue(t >= 0 && t < 7);
        }
        for (int len = 3; len <= 6; len++) assertTrue(seen[len], "no prefix of " + len);
        assertEquals(12, g.maxLength());
    }

    @Test
    void theSameSeedGivesTheSameSequences() {
        RepeatedTokens g = new RepeatedTokens(64, 10, 30);
        assertArrayEquals(g.sample(new Random(9)), g.sample(new Random(9)));
    }

    @Test
    void badSettingsAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RepeatedTokens(1, 2, 3)).getMessage().contains("at least 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RepeatedTokens(5, 4, 3)).getMessage().contains("1 <= min <= max"));
    }
}
