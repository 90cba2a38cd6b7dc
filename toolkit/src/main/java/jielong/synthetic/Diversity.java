package jielong.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How varied a set of texts is: distinct-n (Li et al. 2016), the number of different n-grams over
 * the number of n-grams, counted inside each text (an n-gram never spans two texts). Compare only
 * sets of the same size: more text repeats more n-grams.
 */
public final class Diversity {
    private Diversity() {}

    /** How many different n-grams the texts hold. */
    public static int distinctCount(List<int[]> texts, int n) {
        return grams(texts, n).size();
    }

    /** How many n-grams the texts hold, repeats included (a text of length L holds L − n + 1). */
    public static long totalCount(List<int[]> texts, int n) {
        check(n);
        long total = 0;
        for (int[] t : texts) total += Math.max(0, t.length - n + 1);
        return total;
    }

    /** distinct-n: different n-grams over all n-grams, in [0, 1]; 0 when the texts hold no n-gram. */
    public static double distinctN(List<int[]> texts, int n) {
        long total = totalCount(texts, n);
        return total == 0 ? 0 : (double) distinctCount(texts, n) / total;
    }

    private static Set<List<Integer>> grams(List<int[]> texts, int n) {
        check(n);
        Set<List<Integer>> seen = new HashSet<>();
        for (int[] t : texts) {
            for (int i = 0; i + n <= t.length; i++) {
                Integer[] g = new Integer[n];
                for (int k = 0; k < n; k++) g[k] = t[i + k];
                seen.add(List.of(g));
            }
        }
        return seen;
    }

    private static void check(int n) {
        if (n < 1) throw new IllegalArgumentException("an n-gram needs n ≥ 1 (1 = single tokens), got " + n);
    }
}
