package jielong.exercises.ch13;

import jielong.agent.Calculator;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "a calculator")
class CalculateTest {
    /** The toolkit's calculator, exact in BigDecimal, is the reference. */
    private static void check(String expression) {
        Case c = Case.of("calculate(\"" + expression + "\")");
        double want = Calculator.evaluate(expression).doubleValue();
        c.expectClose(want, c.run(() -> Ch13.calculate(expression)), 1e-9 * Math.max(1, Math.abs(want)));
    }

    private static void refused(String expression) {
        Case c = Case.of("calculate(\"" + expression + "\")");
        try {
            double got = Ch13.calculate(expression);
            throw c.fail("expected an IllegalArgumentException for a malformed expression, got " + got);
        } catch (IllegalArgumentException expected) {
            // refused, as it should be
        }
    }

    @Test
    @Points(1)
    void sumsAndProducts() {
        check("34+58");
        check("48*7");
        check("75*0.75");
    }

    @Test
    @Points(1)
    void precedenceLeftToRight() {
        check("2+3*4");
        check("10-4-3");
        check("100/10/5");
        check("54*0.9 + 120*1.25");
    }

    @Test
    @Points(1)
    void parenthesesSpacesAndMinus() {
        check("2 + 3 * (4 - 1.5)");
        check("(1+2)*(3+4)");
        check("-(3-10)*2");
    }

    @Test
    @Points(1)
    void malformedIsRefused() {
        refused("2+");
        refused("(1+2");
        refused("3 apples");
    }
}
