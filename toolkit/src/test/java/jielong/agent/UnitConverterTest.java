package jielong.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Known conversions, round trips between every pair of units of a kind, and the refusals. */
class UnitConverterTest {
    static final List<List<String>> KINDS = List.of(List.of("m", "km"), List.of("s", "min", "h"), List.of("m/s", "m/min", "km/min", "km/h"));

    @Test
    void knownValues() {
        UnitConverter u = new UnitConverter();
        assertEquals("20 m/s", u.call("72 km/h in m/s"));
        assertEquals("54 km/h", u.call("15 m/s to km/h"));
        assertEquals("0.75 h", u.call("45 min in h"));
        assertEquals("0.833333333333 h", u.call("50 min in h"));
        assertEquals("3600 s", u.call("1 h in s"));
        assertEquals("3200 m", u.call("3.2 km in m"));
        assertEquals("1.25 km/min", u.call("75 km/h in km/min"));
    }

    @Test
    void everyPairOfAKindRoundTrips() {
        BigDecimal v = new BigDecimal("37.5");
        for (List<String> kind : KINDS) {
            for (String a : kind) {
                for (String b : kind) {
                    BigDecimal back = UnitConverter.convert(UnitConverter.convert(v, a, b), b, a);
                    assertEquals(v.doubleValue(), back.doubleValue(), 1e-12, a + " -> " + b + " -> " + a);
                }
            }
        }
    }

    @Test
    void speedIsLengthOverTime() {
        // km/h to m/s by the length and time factors separately: 1000 m / 3600 s
        BigDecimal viaParts = UnitConverter.convert(BigDecimal.ONE, "km", "m").divide(UnitConverter.convert(BigDecimal.ONE, "h", "s"), java.math.MathContext.DECIMAL64);
        assertEquals(viaParts, UnitConverter.convert(BigDecimal.ONE, "km/h", "m/s"));
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        UnitConverter u = new UnitConverter();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> u.call("5 km in h")).getMessage().contains("cannot convert km (a length) to h (a time)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> u.call("5 miles in km")).getMessage().contains("unknown unit \"miles\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> u.call("five km in m")).getMessage().contains("<number> <unit> in <unit>"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> u.call(null)).getMessage().contains("<number> <unit> in <unit>"));
    }
}
