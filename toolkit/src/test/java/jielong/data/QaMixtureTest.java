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

/** The QA mixture and the letter cipher: counts checked by searching the text, ciphers by inverting them. */
class QaMixtureTest {
    static final QaMixture MIX = QaMixture.generate(3, QaMixture.Sizes.fast());

    @Test
    void eachSeenFactAppearsAsOftenAsItsCopiesSay() {
        for (Question q : MIX.world().questions(Question.SEEN)) {
            String record = QaMixture.prompt(q.question()) + q.answer() + "\n";
            int found = 0;
            for (int at = MIX.text().indexOf(record); at >= 0; at = MIX.text().indexOf(record, at + 1)) {
                if (at == 0 || MIX.text().charAt(at - 1) == '\n') found++;
            }
            assertEquals((int) MIX.copies().get(q.id()), found, q.question());
        }
        assertEquals(Set.of(1, 10, 100), new HashSet<>(MIX.copies().values()));
    }

    @Test
    void factsAfterTheCutoffAndAboutHeldOutPeopleNeverAppear() {
        for (String kind : List.of(Question.AFTER_CUTOFF, Question.UNSEEN_ENTITY)) {
            for (Question q : MIX.world().questions(kind)) {
                assertFalse(MIX.text().contains(q.question() + "\n" + QaMixture.A + q.answer()), q.question());
            }
        }
        for (Person p : MIX.world().people()) {
            if (p.heldOut()) assertFalse(MIX.text().contains(p.name()), p.name());
        }
    }

    @Test
    void theSameSeedGivesTheSameText() {
        assertEquals(MIX.text(), QaMixture.generate(3, QaMixture.Sizes.fast()).text());
        assertNotEquals(MIX.text(), QaMixture.generate(4, QaMixture.Sizes.fast()).text());
    }

    @Test
    void aCipherIsAPermutationAndEncodesLetterByLetter() {
        Random r = new Random(1);
        for (int trial = 0; trial < 20; trial++) {
            LetterCipher c = LetterCipher.random(r);
            Set<Character> images = new HashSet<>();
            for (char p : LetterCipher.PLAIN.toCharArray()) images.add(c.encode("" + p).charAt(0));
            assertEquals(LetterCipher.CODE.length(), images.size(), "every code letter used once");
            String w = LetterCipher.word(r);
            StringBuilder byHand = new StringBuilder();
            for (char ch : w.toCharArray()) byHand.append(c.key()[LetterCipher.PLAIN.indexOf(ch)]);
            assertEquals(byHand.toString(), c.encode(w));
        }
        assertThrows(IllegalArgumentException.class, () -> LetterCipher.random(r).encode("xyz"));
    }

    @Test
    void coverageNeedsEveryLetterOfTheQuery() {
        List<String[]> shots = List.of(new String[] {"abc", "pqr"}, new String[] {"dde", "sst"});
        assertTrue(LetterCipher.covered(shots, "eab"));
        assertFalse(LetterCipher.covered(shots, "abf"));
        assertFalse(LetterCipher.covered(List.of(), "aaa"));
    }
}
