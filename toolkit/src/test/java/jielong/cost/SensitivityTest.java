package jielong.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The sensitivity study on a function whose swings are known in closed form. */
class SensitivityTest {
    /** Assumptions of a toy answer: cost = a² · b / c. */
    record Toy(double a, double b, double c) {}

    @Test
    void swingsAreTheAnswerAtEachEndRankedByFactor() {
        Toy base = new Toy(2, 3, 4);
        Sensitivity.Result r = Sensitivity.of(base, t -> t.a() * t.a() * t.b() / t.c(), List.of(
                Sensitivity.Knob.of("b", 1, 6, (t, v) -> new Toy(t.a(), v, t.c())),     // 1 to 6: 1.0 to 6.0, factor 6
                Sensitivity.Knob.of("a", 1, 4, (t, v) -> new Toy(v, t.b(), t.c())),     // 1 to 4: 0.75 to 12, factor 16
                Sensitivity.Knob.of("c", 2, 8, (t, v) -> new Toy(t.a(), t.b(), v))));   // 2 to 8: 6 to 1.5, factor 4
        assertEquals(3, r.base());
        assertEquals(List.of("a", "b", "c"), r.swings().stream().map(Sensitivity.Swing::name).toList());
        Sensitivity.Swing a = r.swings().get(0), c = r.swings().get(2);
        assertEquals(0.75, a.atLow());
        assertEquals(12, a.atHigh());
        assertEquals(16, a.ratio(), 1e-12);
        assertEquals(6, c.atLow());
        assertEquals(1.5, c.atHigh());
        assertEquals(4, c.ratio(), 1e-12);
        assertEquals(4.5, c.width(), 1e-12);
        assertEquals("2", c.lowText());
    }

    @Test
    void badKnobsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.of(new Toy(1, 1, 1), t -> t.a(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.Knob.<Toy>of(" ", 1, 2, (t, v) -> t));
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.Knob.<Toy>of("x", Double.NaN, 2, (t, v) -> t));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sensitivity.of(new Toy(1, 1, 1), t -> 1 / t.c(),
                List.of(Sensitivity.Knob.of("c", 0, 1, (t, v) -> new Toy(t.a(), t.b(), v)))));
        assertEquals(true, e.getMessage().contains("knob c"), e.getMessage());
    }
}
