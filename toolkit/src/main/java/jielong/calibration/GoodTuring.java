package jielong.calibration;

/**
 * The Good-Turing estimate (Good 1953, after Turing): in a sample of N observations where N₁ things
 * were seen exactly once, the chance that the next observation is something never seen before is
 * about N₁ / N. Kalai and Vempala (2023) show that a calibrated model must hallucinate on arbitrary
 * facts (birthdays, birthplaces) at about this rate, the facts seen once standing in for the unseen.
 */
public final class GoodTuring {
    private GoodTuring() {}

    /**
     * N₁ / N for {@code counts[i]}, how many times item i was seen (zeros, items never seen, are
     * allowed and ignored): the estimated probability mass of everything not yet seen.
     */
    public static double missingMass(int[] counts) {
        long total = 0, once = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) throw new IllegalArgumentException("count " + i + " is " + counts[i] + ": counts cannot be negative");
            total += counts[i];
            if (counts[i] == 1) once++;
        }
        if (total == 0) throw new IllegalArgumentException("nothing was seen (all " + counts.length + " counts are 0): no estimate");
        return (double) once / total;
    }

    /** Of the items seen at least once, the share seen exactly once (the "monofacts" among distinct facts). */
    public static double singletonShare(int[] counts) {
        long seen = 0, once = 0;
        for (int c : counts) {
            if (c < 0) throw new IllegalArgumentException("counts cannot be negative, got " + c);
            if (c > 0) seen++;
            if (c == 1) once++;
        }
        if (seen == 0) throw new IllegalArgumentException("nothing was seen (all " + counts.length + " counts are 0): no estimate");
        return (double) once / seen;
    }
}
