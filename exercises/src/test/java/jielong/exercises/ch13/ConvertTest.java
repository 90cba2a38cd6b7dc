package jielong.exercises.ch13;

import java.math.BigDecimal;

import jielong.agent.UnitConverter;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "a unit converter")
class ConvertTest {
    /** The toolkit's converter, exact fractions in BigDecimal, is the reference. */
    private static void check(double value, String from, String to) {
        Case c = Case.of("convert(" + value + ", \"" + from + "\", \"" + to + "\")");
        double want = UnitConverter.convert(BigDecimal.valueOf(value), from, to).doubleValue();
        c.expectRelative(want, c.run(() -> Ch13.convert(value, from, to)), 1e-9);
    }

    private static void refused(double value, String from, String to) {
        Case c = Case.of("convert(" + value + ", \"" + from + "\", \"" + to + "\")");
        try {
            double got = Ch13.convert(value, from, to);
            throw c.fail("expected an IllegalArgumentException, got " + got);
        } catch (IllegalArgumentException expected) {
            // refused, as it should be
        }
    }

    @Test
    @Points(1)
    void speeds() {
        check(72, "km/h", "m/s");
        check(15, "m/s", "km/h");
        check(1, "km/h", "km/h");
    }

    @Test
    @Points(1)
    void timesAndLengths() {
        check(50, "min", "h");
        check(2.5, "h", "min");
        check(90, "s", "min");
        check(3.2, "km", "m");
        check(450, "m", "km");
    }

    @Test
    @Points(1)
    void differentKindsAreRefused() {
        refused(5, "km", "h");
        refused(5, "m/s", "m");
        refused(5, "miles", "km");
    }
}
