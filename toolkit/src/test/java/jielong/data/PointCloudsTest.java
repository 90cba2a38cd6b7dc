package jielong.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The dragon curve's known geometry, and the clouds drawn from it. */
class PointCloudsTest {
    @Test
    void theDragonCurveReachesRootTwoToTheOrderAndNeverRetracesASegment() {
        for (int order = 0; order <= 12; order++) {
            float[] c = PointClouds.dragonCorners(order);
            int segments = 1 << order;
            assertEquals(2 * (segments + 1), c.length);
            double end = Math.hypot(c[2 * segments], c[2 * segments + 1]);
            assertEquals(Math.pow(Math.sqrt(2), order), end, 1e-6, "order " + order);
            Set<String> used = new HashSet<>();
            for (int s = 0; s < segments; s++) {
                assertEquals(1.0, Math.hypot(c[2 * s + 2] - c[2 * s], c[2 * s + 3] - c[2 * s + 1]), 1e-9);
                float ax = c[2 * s], ay = c[2 * s + 1], bx = c[2 * s + 2], by = c[2 * s + 3];
                String key = (ax < bx || (ax == bx && ay < by)) ? ax + "," + ay + "-" + bx + "," + by : bx + "," + by + "-" + ax + "," + ay;
                assertTrue(used.add(key), "order " + order + " uses segment " + key + " twice");
            }
        }
    }

    @Test
    void dragonPointsFillTheSquareAndRepeatFromTheirSeed() {
        float[] p = PointClouds.dragon(5000, 10, 0, 7);
        double minX = 9, maxX = -9, minY = 9, maxY = -9;
        for (int i = 0; i < p.length; i += 2) {
            minX = Math.min(minX, p[i]);
            maxX = Math.max(maxX, p[i]);
            minY = Math.min(minY, p[i + 1]);
            maxY = Math.max(maxY, p[i + 1]);
        }
        assertEquals(4.0, Math.max(maxX - minX, maxY - minY), 1e-4);
        assertEquals(0.0, (minX + maxX) / 2, 1e-4);
        assertEquals(0.0, (minY + maxY) / 2, 1e-4);
        assertArrayEquals(p, PointClouds.dragon(5000, 10, 0, 7));
    }

    @Test
    void ringPointsLieNearTheCircle() {
        float[] p = PointClouds.ring(100, 0, 1);
        for (int i = 0; i < p.length; i += 2) assertEquals(1.5, Math.hypot(p[i], p[i + 1]), 1e-5);
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointClouds.dragonCorners(21)).getMessage().contains("0..20"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointClouds.dragon(0, 5, 0, 1)).getMessage().contains("at least 1 point"));
    }
}
