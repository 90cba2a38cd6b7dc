package jielong.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chamfer and MMD on sets small enough to work out by hand. */
class SampleDistanceTest {
    @Test
    void chamferByHand() {
        float[] a = {0, 0, 3, 0};          // two points
        float[] b = {0, 1};                // one point
        // a to b: 1 and √10; b to a: 1
        assertEquals((1 + Math.sqrt(10)) / 2 + 1, SampleDistance.chamfer(a, b, 2), 1e-12);
        assertEquals(0.0, SampleDistance.chamfer(a, a, 2));
    }

    @Test
    void missingHalfTheShapeShowsInTheSecondTerm() {
        float[] shape = {0, 0, 1, 0, 2, 0, 3, 0};
        float[] half = {0, 0, 1, 0};
        assertEquals(0.0, SampleDistance.meanNearest(half, shape, 2));
        assertEquals((0 + 0 + 1 + 2) / 4.0, SampleDistance.meanNearest(shape, half, 2), 1e-12);
    }

    @Test
    void mmdByHand() {
        float[] x = {0}, y = {1};
        double h = 0.5, k = Math.exp(-1 / (2 * h * h));
        assertEquals(1 + 1 - 2 * k, SampleDistance.mmd(x, y, 1, h), 1e-12);
        assertEquals(0.0, SampleDistance.mmd(new float[] {1, 2, 3, 4}, new float[] {1, 2, 3, 4}, 2, 1), 1e-12);
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleDistance.chamfer(new float[3], new float[2], 2)).getMessage().contains("got 3 and 2 values"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleDistance.mmd(new float[2], new float[2], 2, 0)).getMessage().contains("bandwidth"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleDistance.chamfer(new float[2], new float[2], 0)).getMessage().contains("at least 1 coordinate"));
    }
}
