package jielong.diffusion;

/**
 * How far a set of generated points lies from the data: 0 when the two sets are the same, larger as
 * the sample misses parts of the shape or scatters off it. Both sets are flat arrays of points of
 * {@code dims} coordinates; the result is in the points' own units (Chamfer) or their square (MMD²).
 */
public final class SampleDistance {
    private SampleDistance() {}

    /**
     * The Chamfer distance: the mean distance from each sample point to its nearest data point, plus
     * the mean distance from each data point to its nearest sample point. The first half grows when
     * samples land off the shape, the second when parts of the shape get no samples.
     */
    public static double chamfer(float[] sample, float[] data, int dims) {
        check(sample, data, dims);
        return meanNearest(sample, data, dims) + meanNearest(data, sample, dims);
    }

    /** Mean over points of a of the Euclidean distance to the nearest point of b. */
    public static double meanNearest(float[] a, float[] b, int dims) {
        check(a, b, dims);
        int n = a.length / dims, m = b.length / dims;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < m; k++) {
                double d = 0;
                for (int j = 0; j < dims; j++) {
                    double diff = a[i * dims + j] - b[k * dims + j];
                    d += diff * diff;
                }
                if (d < best) best = d;
            }
            sum += Math.sqrt(best);
        }
        return sum / n;
    }

    /**
     * The squared maximum mean discrepancy with a Gaussian kernel k(x, y) = exp(−‖x − y‖² / (2h²)):
     * mean k(x, x') + mean k(y, y') − 2·mean k(x, y) over all pairs (the biased estimate, never
     * negative, 0 for identical sets). h is the kernel's width, in the points' units.
     */
    public static double mmd(float[] sample, float[] data, int dims, double bandwidth) {
        check(sample, data, dims);
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("mmd: the kernel bandwidth must be a positive number, got " + bandwidth);
        }
        double g = 1 / (2 * bandwidth * bandwidth);
        return meanKernel(sample, sample, dims, g) + meanKernel(data, data, dims, g) - 2 * meanKernel(sample, data, dims, g);
    }

    private static double meanKernel(float[] a, float[] b, int dims, double g) {
        int n = a.length / dims, m = b.length / dims;
        double sum = 0;
        for (int i = 0; i < n; i++)
            for (int k = 0; k < m; k++) {
                double d = 0;
                for (int j = 0; j < dims; j++) {
                    double diff = a[i * dims + j] - b[k * dims + j];
                    d += diff * diff;
                }
                sum += Math.exp(-g * d);
            }
        return sum / ((double) n * m);
    }

    private static void check(float[] a, float[] b, int dims) {
        if (dims < 1) throw new IllegalArgumentException("points need at least 1 coordinate, got " + dims);
        if (a.length == 0 || b.length == 0 || a.length % dims != 0 || b.length % dims != 0) {
            throw new IllegalArgumentException("both sets need at least one point of " + dims + " coordinates; got "
                    + a.length + " and " + b.length + " values");
        }
    }
}
