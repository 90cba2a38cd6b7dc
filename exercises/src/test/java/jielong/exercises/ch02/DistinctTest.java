package jielong.exercises.ch02;

import java.util.List;

import org.junit.jupiter.api.Test;

import jielong.course.wordchain.Diversity;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 7, title = "distinct-n")
class DistinctTest {
    /** Against the toolkit's measure, the one lesson 02's table shows. */
    private static void check(List<String> texts, int n) {
        Case c = Case.of("distinct(texts, " + n + ")").input("texts", texts);
        c.expectClose(Diversity.distinct(texts, n), c.run(() -> Ch02.distinct(texts, n)), 1e-12);
    }

    @Test
    @Points(1)
    void oneText() {
        check(List.of("abab"), 1);
        check(List.of("abab"), 2);
    }

    @Test
    @Points(1)
    void textsArePooled() {
        check(List.of("床前明月光", "明月几时有", "明月"), 2);
    }

    @Test
    @Points(1)
    void anEmojiIsOneCharacterAndShortTextsCountNothing() {
        check(List.of("🌙🌙月🌙🌙", "月"), 2);
        check(List.of("ab"), 3);
    }
}
