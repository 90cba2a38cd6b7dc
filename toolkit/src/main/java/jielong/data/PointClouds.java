package jielong.data;

import java.util.Random;

/**
 * Shapes in the plane as clouds of points, for diffusion models to learn: the Heighway dragon curve
 * (龙, a paper strip folded in half again and again) and a ring. Points are flat arrays
 * {x_0, y_0, x_1, y_1, ...}, scaled so the shape fills the square [−2, 2]², each from a seed.
 */
public final class PointClouds {
    private PointClouds() {}

    /**
     * The corners of the dragon curve of the given order: 2^order unit segments from (0, 0), turning
     * left or right by 90° after segment n as the paper-folding sequence says (the bit above the
     * lowest set bit of n). Returns 2^order + 1 points, not scaled.
     */
    public static float[] dragonCorners(int order) {
        if (order < 0 || order > 20) throw new IllegalArgumentException("dragon curve order must be 0..20, got " + order);
        int segments = 1 << order;
        float[] p = new float[2 * (segments + 1)];
        int x = 0, y = 0, dx = 1, dy = 0;
        for (int n = 1; n <= segments; n++) {
            x += dx;
            y += dy;
            p[2 * n] = x;
            p[2 * n + 1] = y;
            boolean left = (((n & -n) << 1) & n) == 0;
            int ndx = left ? -dy : dy, ndy = left ? dx : -dx; // rotate the heading by ±90°
            dx = ndx;
            dy = ndy;
        }
        return p;
    }

    /**
     * n points spread evenly at random along the dragon curve of the given order, each moved by
     * Gaussian jitter of {@code jitter} (in the scaled units), then centred and scaled into [−2, 2]².
     */
    public static float[] dragon(int n, int order, double jitter, long seed) {
        if (n < 1) throw new IllegalArgumentException("dragon: need at least 1 point, got " + n);
        float[] c = dragonCorners(order);
        int segments = 1 << order;
        Random rng = new Random(seed);
        float[] p = new float[2 * n];
        for (int i = 0; i < n; i++) {
            int s = rng.nextInt(segments);
            double u = rng.nextDouble();
            p[2 * i] = (float) (c[2 * s] + u * (c[2 * s + 2] - c[2 * s]));
            p[2 * i + 1] = (float) (c[2 * s + 1] + u * (c[2 * s + 3] - c[2 * s + 1]));
        }
        fitSquare(p);
        for (int i = 0; i < p.length; i++) p[i] += (float) (jitter * rng.nextGaussian());
        return p;
    }

    /** n points on the circle of radius 1.5 around the origin, with Gaussian jitter. */
    public static float[] ring(int n, double jitter, long seed) {
        if (n < 1) throw new IllegalArgumentException("ring: need at least 1 point, got " + n);
        Random rng = new Random(seed);
        float[] p = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * rng.nextDouble();
            p[2 * i] = (float) (1.5 * Math.cos(a) + jitter * rng.nextGaussian());
            p[2 * i + 1] = (float) (1.5 * Math.sin(a) + jitter * rng.nextGaussian());
        }
        return p;
    }

    /** Centres the points' bounding box on the origin and scales its longer side to 4 (so into [−2, 2]²). */
    static void fitSquare(float[] p) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < p.length; i += 2) {
            minX = Math.min(minX, p[i]);
            maxX = Math.max(maxX, p[i]);
            minY = Math.min(minY, p[i + 1]);
            maxY = Math.max(maxY, p[i + 1]);
        }
        double scale = 4 / Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        for (int i = 0; i < p.length; i += 2) {
            p[i] = (float) ((p[i] - cx) * scale);
            p[i + 1] = (float) ((p[i + 1] - cy) * scale);
        }
    }
}
