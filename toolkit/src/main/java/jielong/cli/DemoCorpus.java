package jielong.cli;

import java.util.Random;

/**
 * A corpus the toolkit makes itself, so the first run needs no download: lines of sums written
 * out with their answers ("27+58=85"). A model that learns it shows structure a learner can check.
 */
final class DemoCorpus {
    private DemoCorpus() {}

    /** About 200 KB of "a+b=c" lines, the same for the same seed. */
    static String text(long seed) {
        Random rng = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 200_000) {
            int a = rng.nextInt(100), b = rng.nextInt(100);
            sb.append(a).append('+').append(b).append('=').append(a + b).append('\n');
        }
        return sb.toString();
    }
}
