package jielong.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The vote against counting by brute force, ties, and the checker. */
class MajorityVoteTest {
    @Test
    void winnerIsTheMostFrequentCountedByBruteForce() {
        Random r = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            List<String> answers = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) answers.add((r.nextBoolean() ? " " : "") + (char) ('a' + r.nextInt(4)));
            MajorityVote v = MajorityVote.of(answers);
            // brute force: the first answer (in order) whose count is the largest
            int best = -1;
            String winner = null;
            for (String a : answers) {
                int c = (int) answers.stream().filter(b -> b.strip().equals(a.strip())).count();
                if (c > best) {
                    best = c;
                    winner = a.strip();
                }
            }
            assertEquals(winner, v.winner(), answers.toString());
            assertEquals(best, v.votes());
            assertEquals(answers.size(), v.voters());
            assertEquals(answers.size(), v.counts().values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void aTieGoesToTheFirstAnswer() {
        assertEquals("teacher", MajorityVote.of(List.of("teacher", "baker", "baker", "teacher")).winner());
        assertEquals(0.5, MajorityVote.of(List.of("teacher", "baker", "baker", "teacher")).agreement());
        assertEquals(List.of("x", "y"), List.copyOf(MajorityVote.of(List.of("x", "y", "x")).counts().keySet()));
    }

    @Test
    void aCheckerLetsOnlyAcceptedAnswersVote() {
        List<String> answers = List.of("Valhawick", "Valhawick", "Vinoford", "Valhawick");
        MajorityVote checked = MajorityVote.of(answers, a -> a.equals("Vinoford"));
        assertEquals("Vinoford", checked.winner());
        assertEquals(1, checked.voters());
        assertTrue(checked.checked());
        MajorityVote none = MajorityVote.of(answers, a -> false);
        assertEquals("Valhawick", none.winner());
        assertFalse(none.checked());
    }

    @Test
    void noAnswersIsAnError() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MajorityVote.of(List.of())).getMessage().contains("at least one answer"));
    }
}
