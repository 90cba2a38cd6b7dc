package jielong.exercises.ch11;

import java.util.List;
import java.util.Random;

import jielong.data.LetterCipher;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "the cipher from the examples")
class CipherFromExamplesTest {
    /** Expected: the true cipher where the examples show the letter, '?' where none does. */
    private static void check(LetterCipher cipher, List<String[]> examples, String query) {
        StringBuilder want = new StringBuilder();
        for (char ch : query.toCharArray()) {
            boolean shown = false;
            for (String[] e : examples) shown |= e[0].indexOf(ch) >= 0;
            want.append(shown ? cipher.encode("" + ch) : "?");
        }
        Case c = Case.of("encodeFromExamples(examples, \"" + query + "\")")
                .input("examples", examples.stream().map(e -> e[0] + " -> " + e[1]).toList());
        c.expectText(want.toString(), c.run(() -> Ch11.encodeFromExamples(examples, query)));
    }

    @Test
    @Points(1)
    void everyLetterShown() {
        Random r = new Random(11);
        LetterCipher cipher = LetterCipher.random(r);
        List<String[]> examples = cipher.pairs(r, 8);
        check(cipher, examples, examples.get(0)[0].substring(0, 1) + examples.get(1)[0].substring(1, 2) + examples.get(2)[0].charAt(2));
    }

    @Test
    @Points(1)
    void unseenLettersAreQuestionMarks() {
        LetterCipher cipher = new LetterCipher("utsrqp".toCharArray());
        check(cipher, List.<String[]>of(new String[] {"abc", cipher.encode("abc")}), "cfa");
        check(cipher, List.of(), "abc");
    }

    @Test
    @Points(1)
    void manyRandomCiphers() {
        Random r = new Random(12);
        for (int i = 0; i < 20; i++) {
            LetterCipher cipher = LetterCipher.random(r);
            check(cipher, cipher.pairs(r, 1 + r.nextInt(4)), LetterCipher.word(r));
        }
    }
}
