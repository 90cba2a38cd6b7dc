package jielong.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Reliability bins, ECE, abstention and Good-Turing against values worked out by hand. */
class CalibrationTest {
    private static final double[] CONF = {0.05, 0.15, 0.15, 0.95, 1.0};
    private static final boolean[] RIGHT = {false, true, false, true, true};

    @Test
    void binsAndEceByHand() {
        Reliability r = Reliability.of(CONF, RIGHT, 10);
        assertEquals(10, r.bins().size());
        assertEquals(1, r.bins().get(0).count());
        assertEquals(0.05, r.bins().get(0).meanConfidence(), 1e-12);
        assertEquals(0.0, r.bins().get(0).accuracy(), 1e-12);
        assertEquals(2, r.bins().get(1).count());
        assertEquals(0.5, r.bins().get(1).accuracy(), 1e-12);
        assertEquals(2, r.bins().get(9).count(), "1.0 belongs to the last bin");
        assertEquals(0.975, r.bins().get(9).meanConfidence(), 1e-12);
        assertEquals(0, r.bins().get(5).count());
        assertTrue(Double.isNaN(r.bins().get(5).accuracy()));
        // (1/5)·0.05 + (2/5)·0.35 + (2/5)·0.025
        assertEquals(0.16, r.ece(), 1e-12);
        assertEquals(0.35, r.mce(), 1e-12);
        assertEquals(0.6, r.accuracy(), 1e-12);
        assertEquals(0.46, r.meanConfidence(), 1e-12);
    }

    @Test
    void edgesGoToTheBinTheyOpen() {
        assertEquals(3, Reliability.bin(0.3, 10), "0.3 × 10 is 3.0000000000000004 in floating point, still bin 3");
        assertEquals(7, Reliability.bin(0.7, 10));
        assertEquals(0, Reliability.bin(0.0, 15));
        assertEquals(14, Reliability.bin(1.0, 15));
    }

    @Test
    void perfectlyCalibratedPredictionsHaveEceNearZero() {
        Random rng = new Random(9);
        int n = 200_000;
        double[] c = new double[n];
        boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) {
            c[i] = rng.nextDouble();
            ok[i] = rng.nextDouble() < c[i];
        }
        assertEquals(0, Reliability.of(c, ok, 15).ece(), 0.005);
        // Always 90% sure and right half the time: ECE 0.4 in any binning.
        double[] sure = new double[1000];
        boolean[] half = new boolean[1000];
        for (int i = 0; i < 1000; i++) {
            sure[i] = 0.9;
            half[i] = i % 2 == 0;
        }
        assertEquals(0.4, Reliability.of(sure, half, 10).ece(), 1e-12);
    }

    @Test
    void abstentionCurveByHand() {
        double[] c = {0.6, 0.9, 0.8, 0.3, 0.8};
        boolean[] ok = {true, true, false, false, true};
        List<Abstention> curve = Abstention.curve(c, ok);
        assertEquals(4, curve.size(), "the two 0.8s are answered together");
        assertEquals(new Abstention(0.9, 1, 0.2, 1.0), curve.get(0));
        assertEquals(new Abstention(0.8, 3, 0.6, 2.0 / 3), curve.get(1));
        assertEquals(new Abstention(0.6, 4, 0.8, 0.75), curve.get(2));
        assertEquals(new Abstention(0.3, 5, 1.0, 0.6), curve.get(3));
        assertEquals(0.6, Abstention.thresholdFor(c, ok, 0.75));
        assertEquals(0.9, Abstention.thresholdFor(c, ok, 0.8));
        assertEquals(0.3, Abstention.thresholdFor(c, ok, 0.5));
        assertEquals(Double.POSITIVE_INFINITY, Abstention.thresholdFor(c, new boolean[5], 0.1));
        assertEquals(new Abstention(0.7, 3, 0.6, 2.0 / 3), Abstention.at(c, ok, 0.7));
        assertTrue(Double.isNaN(Abstention.at(c, ok, 0.95).accuracy()));
    }

    @Test
    void goodTuringByHand() {
        int[] counts = {1, 1, 2, 3, 0, 5};
        assertEquals(2.0 / 12, GoodTuring.missingMass(counts), 1e-15);
        assertEquals(2.0 / 5, GoodTuring.singletonShare(counts), 1e-15);
    }

    @Test
    void goodTuringPredictsTheMassOfTheUnseen() {
        // Draw from a Zipf-like law over 5,000 items; the true mass of the items not drawn should be near N1/N.
        Random rng = new Random(3);
        int items = 5000, n = 4000;
        double[] p = new double[items];
        double z = 0;
        for (int i = 0; i < items; i++) z += p[i] = 1.0 / (i + 1);
        double[] cumulative = new double[items];
        double acc = 0;
        for (int i = 0; i < items; i++) cumulative[i] = acc += p[i] / z;
        int[] counts = new int[items];
        for (int k = 0; k < n; k++) {
            int i = java.util.Arrays.binarySearch(cumulative, rng.nextDouble());
            counts[Math.min(items - 1, i < 0 ? -i - 1 : i)]++;
        }
        double unseen = 0;
        for (int i = 0; i < items; i++) if (counts[i] == 0) unseen += p[i] / z;
        assertEquals(unseen, GoodTuring.missingMass(counts), 0.02);
    }

    @Test
    void badInputSaysWhatToDo() {
        assertEquals("2 confidences but 3 outcomes: pass one outcome (right or wrong) per prediction",
                assertThrows(IllegalArgumentException.class, () -> Reliability.of(new double[2], new boolean[3], 10)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Reliability.of(new double[] {1.5}, new boolean[1], 10))
                .getMessage().contains("between 0 and 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Reliability.of(new double[] {Double.NaN}, new boolean[1], 10))
                .getMessage().contains("NaN"));
        assertThrows(IllegalArgumentException.class, () -> Reliability.of(new double[] {0.5}, new boolean[1], 0));
        assertThrows(IllegalArgumentException.class, () -> Reliability.of(new double[0], new boolean[0], 10));
        assertThrows(IllegalArgumentException.class, () -> Abstention.thresholdFor(CONF, RIGHT, 1.5));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GoodTuring.missingMass(new int[] {0, 0}))
                .getMessage().contains("nothing was seen"));
        assertThrows(IllegalArgumentException.class, () -> GoodTuring.missingMass(new int[] {-1, 2}));
    }
}
