package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Skewed mention counts and the biography corpus built on them. */
class BiographiesTest {
    static final Biographies CORPUS = Biographies.generate(9, 1000);

    @Test
    void zipfCountsFollowTheirLaw() {
        double[] p = Mentions.probabilities(2, 40);
        assertEquals(1, Arrays.stream(p).sum(), 1e-12);
        assertEquals(4, p[0] / p[1], 1e-12, "P(1)/P(2) = 2^s");
        int[] counts = Mentions.zipf(new Random(1), 200_000, 2, 40);
        int[] histogram = new int[41];
        for (int c : counts) histogram[c]++;
        assertEquals(0, histogram[0]);
        for (int k : new int[] {1, 2, 3, 10}) assertEquals(p[k - 1], histogram[k] / 200_000.0, 0.004, "P(" + k + ")");
        assertEquals(Arrays.toString(Mentions.zipf(new Random(5), 50, 2, 40)), Arrays.toString(Mentions.zipf(new Random(5), 50, 2, 40)));
        int[] flat = Mentions.zipf(new Random(2), 1000, 0, 1);
        assertTrue(Arrays.stream(flat).allMatch(c -> c == 1));
        assertThrows(IllegalArgumentException.class, () -> Mentions.zipf(new Random(1), 5, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> Mentions.zipf(new Random(1), 5, 2, 0));
    }

    @Test
    void sameSeedSameCorpusAndTheWorldIsFactWorlds() {
        assertEquals(CORPUS, Biographies.generate(9, 1000));
        assertEquals(FactWorld.generate(9, 1000), CORPUS.world());
    }

    @Test
    void heldOutPeopleAndLaterEventsNeverAppear() {
        String text = CORPUS.trainingText();
        for (Biography b : CORPUS.entries()) {
            assertEquals(b.person().heldOut(), b.mentions() == 0, b.toString());
            assertEquals(!b.person().heldOut(), text.contains(b.person().name() + ","), b.person().name());
        }
        for (WorldEvent e : CORPUS.world().events()) {
            if (e.year() >= CORPUS.world().cutoffYear()) assertFalse(text.contains(e.landmark() + " in"), e.toString());
        }
        long lines = text.lines().count();
        long expected = CORPUS.entries().stream().mapToLong(b -> (long) b.mentions() * (1 + b.events().size())).sum();
        assertEquals(expected, lines);
    }

    @Test
    void mentionsAreSkewedAndSurgeonsMostlyHe() {
        int[] m = CORPUS.mentionCounts();
        long once = Arrays.stream(m).filter(c -> c == 1).count(), seen = Arrays.stream(m).filter(c -> c > 0).count();
        assertEquals(Mentions.probabilities(Biographies.MENTION_EXPONENT, Biographies.MAX_MENTIONS)[0], (double) once / seen, 0.05);
        assertTrue(Arrays.stream(m).max().getAsInt() >= 10, "a few people are mentioned many times");
        double surgeonsHe = share(Biographies.SKEWED_PROFESSION, true), othersHe = share(Biographies.SKEWED_PROFESSION, false);
        assertEquals(Biographies.SKEWED_SHARE, surgeonsHe, 0.1);
        assertEquals(0.5, othersHe, 0.05);
    }

    @Test
    void aSmallerCorpusIsAPrefix() {
        assertEquals(CORPUS.entries().subList(0, 10), CORPUS.first(10).entries());
        assertEquals("asked for the first 0 of 1000 biographies",
                assertThrows(IllegalArgumentException.class, () -> CORPUS.first(0)).getMessage());
    }

    private static double share(String profession, boolean equal) {
        return CORPUS.entries().stream().filter(b -> b.person().profession().equals(profession) == equal)
                .mapToDouble(b -> b.pronoun().equals("he") ? 1 : 0).average().orElseThrow();
    }
}
