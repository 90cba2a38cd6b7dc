package jielong.exercises.ch17;

import java.util.List;
import java.util.Random;

import jielong.course.reasoning.ScratchpadAddition;
import jielong.data.Arithmetic;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "a scratchpad for addition")
class ScratchpadTest {
    /** The lesson's scratchpad is the reference; the sum it leads to is checked against the column method too. */
    private static void check(String a, String b) {
        List<String> want = ScratchpadAddition.worked(Arithmetic.add(a, b)).steps();
        Case c = Case.of("scratchpad(\"" + a + "\", \"" + b + "\")");
        List<String> got = c.run(() -> Ch17.scratchpad(a, b));
        c.expectText(String.join(" ", want), got == null ? "null" : String.join(" ", got));
    }

    @Test
    @Points(1)
    void carriesInEveryColumn() {
        check("347", "589");
        check("999", "999");
    }

    @Test
    @Points(1)
    void noCarryAndOneDigit() {
        check("123", "456");
        check("4", "5");
        check("7", "8");
    }

    @Test
    @Points(1)
    void longSums() {
        Random rng = new Random(23);
        for (int k = 0; k < 6; k++) {
            int digits = 1 + rng.nextInt(9);
            StringBuilder a = new StringBuilder().append(1 + rng.nextInt(9)), b = new StringBuilder().append(1 + rng.nextInt(9));
            for (int i = 1; i < digits; i++) {
                a.append(rng.nextInt(10));
                b.append(rng.nextInt(10));
            }
            check(a.toString(), b.toString());
        }
    }
}
