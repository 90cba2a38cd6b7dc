package jielong.course.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jielong.fit.Bootstrap;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ScalingTablesTest {
    @Test
    void aFloorOnItsBoundIsNotIdentifiable() {
        assertEquals("not identifiable (fits to 0)", ScalingTables.floor(2e-10, 2.1, 3.4));
        // The full sweep's L(N) at 4M bytes: E = 2.114 against a best loss of 2.1149, losses up to 2.585.
        assertTrue(ScalingTables.floor(2.114, 2.1149, 2.585).startsWith("not identifiable (fits to the best loss"));
        assertEquals("1.200", ScalingTables.floor(1.2, 2.1, 3.4));
        assertTrue(ScalingTables.floorAtBound(0, 2.1, 3.4));
        assertFalse(ScalingTables.floorAtBound(1.2, 2.1, 3.4));
    }

    @Test
    void anIntervalOverAFactorOfTenIsTooWide() {
        assertTrue(ScalingTables.tooWide(new Bootstrap.Interval(8.444, 7.033e144)), "the fast sweep's A");
        assertTrue(ScalingTables.tooWide(new Bootstrap.Interval(0, 0.5655)), "an interval down to 0");
        assertFalse(ScalingTables.tooWide(new Bootstrap.Interval(20.55, 151.9)));
    }

    /** A law with a real floor is recovered and shown; a pure power law's floor is reported as not identifiable. */
    @Test
    void theExponentsTableSaysWhichFloorsTheDataPlace() {
        double[] x = {1e2, 3e2, 1e3, 3e3, 1e4, 3e4, 1e5};
        double[] floored = new double[x.length], straight = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            floored[i] = 1.5 + 3 / Math.sqrt(x[i]);
            straight[i] = 8 * Math.pow(x[i], -0.1);
        }
        Table t = ScalingTables.exponents(new ScalingTables.Slice("L(N)", x, floored),
                new ScalingTables.Slice("L(D)", x, straight), new ScalingTables.Slice("L(C)", x, straight));
        String e = t.column("with a floor: E (nats/byte)").getString(0);
        assertEquals(1.5, Double.parseDouble(e), 1e-3, "the floor of 1.5 + 3 / x^0.5, shown as " + e);
        assertEquals("not identifiable (fits to 0)", t.column("with a floor: E (nats/byte)").getString(1));
        assertEquals(0.1, Double.parseDouble(t.column("straight line: α").getString(1)), 1e-3);
    }
}
