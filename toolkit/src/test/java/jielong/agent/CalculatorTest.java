package jielong.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The calculator against Java's own arithmetic, and its refusals. */
class CalculatorTest {
    @Test
    void randomExpressionsMatchJavasArithmetic() {
        Random r = new Random(13);
        for (int i = 0; i < 500; i++) {
            int a = r.nextInt(1000), b = r.nextInt(1000), c = 1 + r.nextInt(99), d = r.nextInt(50);
            String e = a + " + " + b + "*(" + d + " - " + c + ")/" + c + " - " + d;
            double want = a + b * (double) (d - c) / c - d;
            assertEquals(want, Calculator.evaluate(e).doubleValue(), 1e-9 * Math.max(1, Math.abs(want)), e);
        }
    }

    @Test
    void precedenceAndAssociativity() {
        assertEquals("14", new Calculator().call("2+3*4"));
        assertEquals("3", new Calculator().call("10-4-3"));
        assertEquals("2", new Calculator().call("100/10/5"));
        assertEquals("14", new Calculator().call("-(3-10)*2"));
        assertEquals("92", new Calculator().call("34 × 2 + 48 ÷ 2"));
    }

    @Test
    void sumsAndProductsOfDecimalsAreExact() {
        assertEquals(0, new BigDecimal("0.3").compareTo(Calculator.evaluate("0.1+0.2")));
        assertEquals("62.5", new Calculator().call("75*50/60"));
        assertEquals("48.6", new Calculator().call("54*0.9"));
        assertEquals("1234567891", new Calculator().call("1234567890+1"));
    }

    @Test
    void quotientsAreShownToTwelveFigures() {
        assertEquals("0.333333333333", new Calculator().call("1/3"));
        assertEquals("0.666666666667", new Calculator().call("2/3"));
        assertEquals("0", new Calculator().call("5-5"));
    }

    @Test
    void malformedExpressionsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Calculator.evaluate("1/0")).getMessage().contains("division by zero"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Calculator.evaluate("(1+2")).getMessage().contains("never closed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Calculator.evaluate("3 apples")).getMessage().contains("unexpected 'a'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Calculator.evaluate("2+")).getMessage().contains("expected a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Calculator.evaluate("1..2")).getMessage().contains("not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Calculator.evaluate(" ")).getMessage().contains("needs an expression"));
    }
}
