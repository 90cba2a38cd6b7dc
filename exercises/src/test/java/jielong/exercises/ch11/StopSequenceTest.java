package jielong.exercises.ch11;

import java.util.List;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "stop sequences")
class StopSequenceTest {
    /** The expected cut by brute force: the first position where some stop sequence starts. */
    private static void check(String text, List<String> stops) {
        int cut = text.length();
        outer:
        for (int i = 0; i < text.length(); i++) {
            for (String s : stops) {
                if (text.startsWith(s, i)) {
                    cut = i;
                    break outer;
                }
            }
        }
        Case c = Case.of("cutAtStop(\"" + text.replace("\n", "\\n") + "\", " + stops.stream().map(s -> "\"" + s.replace("\n", "\\n") + "\"").toList() + ")");
        c.expectText(text.substring(0, cut), c.run(() -> Ch11.cutAtStop(text, stops)));
    }

    @Test
    @Points(1)
    void oneLineAnswer() {
        check("Kamiholt\nQ: Where was", List.of("\n"));
        check("no stop here", List.of("\n"));
    }

    @Test
    @Points(1)
    void theEarliestOfSeveralWins() {
        check("42 km. Q: next\nA: 7", List.of("\n", "Q:"));
        check("abcabc", List.of("ca", "b"));
    }

    @Test
    @Points(1)
    void aStopAtTheStartLeavesNothing() {
        check("\nA: 9", List.of("\n"));
    }
}
