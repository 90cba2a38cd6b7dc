package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The word tasks: golden answers, examples that tell the tasks apart, and the episodes in the QA mixture. */
class WordTaskTest {

    @Test
    void eachTaskRewritesAWordAsItsNameSays() {
        assertEquals("cat", WordTask.COPY.apply("cat"));
        assertEquals("CAT", WordTask.UPPER.apply("cat"));
        assertEquals("Cat", WordTask.TITLE.apply("cat"));
        assertEquals("c a t", WordTask.SPACED.apply("cat"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordTask.UPPER.apply("cAt"));
        assertTrue(e.getMessage().contains("'A'"), e.getMessage());
    }

    @Test
    void examplesAreDistinctWordsAndEveryOneTellsTheTasksApart() {
        Random r = new Random(5);
        for (WordTask t : WordTask.values()) {
            List<String[]> pairs = t.pairs(r, 9);
            Set<String> words = new HashSet<>();
            for (String[] p : pairs) {
                assertTrue(words.add(p[0]), "repeated word " + p[0]);
                assertEquals(WordTask.WORD_LENGTH, p[0].length());
                assertEquals(t.apply(p[0]), p[1]);
                for (WordTask other : WordTask.values()) {
                    if (other != t) assertNotEquals(other.apply(p[0]), p[1], t + " and " + other + " agree on " + p[0]);
                }
            }
        }
        assertFalse(WordTask.ambiguous("cat"));
    }

    @Test
    void theMixtureHoldsOneTaskPerEpisode() {
        QaMixture mix = QaMixture.generate(3, QaMixture.Sizes.fast());
        int episodes = 0;
        for (String record : mix.text().split("\n\n")) {
            String[] lines = record.strip().split("\n");
            if (lines.length < 4 || !lines[0].matches("Q: [a-z]{3}")) continue;
            String first = lines[1].substring(QaMixture.A.length());
            boolean isTask = false;
            for (WordTask t : WordTask.values()) {
                if (!t.apply(lines[0].substring(3)).equals(first)) continue;
                isTask = true;
                for (int i = 0; i + 1 < lines.length; i += 2) {
                    assertEquals(t.apply(lines[i].substring(QaMixture.Q.length())), lines[i + 1].substring(QaMixture.A.length()), record);
                }
            }
            if (isTask) episodes++;
        }
        assertEquals(QaMixture.Sizes.fast().taskEpisodes(), episodes);
    }
}
