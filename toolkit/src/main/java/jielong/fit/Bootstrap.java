package jielong.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Confidence intervals by the bootstrap (Efron 1979): refit on the runs drawn again with
 * replacement, many times, and read how far the fitted numbers wander. No formula for the fit's
 * error is needed, which suits fits as tangled as a scaling law's.
 */
public final class Bootstrap {
    private Bootstrap() {}

    /**
     * A range that holds the quantity in 95% of the refits.
     *
     * @param low  2.5th percentile
     * @param high 97.5th percentile
     */
    public record Interval(double low, double high) {
        /** Whether v lies in the interval. */
        public boolean contains(double v) {
            return v >= low && v <= high;
        }

        @Override
        public String toString() {
            return String.format("[%.4g, %.4g]", low, high);
        }
    }

    /** {@code fit} applied to {@code resamples} draws of point indices 0..points−1, with replacement. */
    public static <F> List<F> refit(int points, int resamples, long seed, Function<int[], F> fit) {
        Random rng = new Random(seed);
        List<F> fits = new ArrayList<>(resamples);
        for (int r = 0; r < resamples; r++) {
            int[] idx = new int[points];
            for (int i = 0; i < points; i++) idx[i] = rng.nextInt(points);
            fits.add(fit.apply(idx));
        }
        return fits;
    }

    /** The 95% percentile interval of one number of the refits, e.g. {@code interval(fits, PowerLaw::alpha)}. */
    public static <F> Interval interval(List<F> fits, ToDoubleFunction<F> value) {
        double[] v = fits.stream().mapToDouble(value).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) throw new IllegalArgumentException("no finite values among " + fits.size() + " refits");
        return new Interval(percentile(v, 0.025), percentile(v, 0.975));
    }

    /** The values at the given indices: one resample of an array. */
    public static double[] pick(double[] values, int[] idx) {
        return Arrays.stream(idx).mapToDouble(i -> values[i]).toArray();
    }

    private static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos), hi = (int) Math.ceil(pos);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
