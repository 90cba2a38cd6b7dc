package jielong.course.wordchain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures of how varied generated text is, over characters (code points). Distinct-n is the
 * share of n-grams that are different (Li et al. 2016); repetition is the share of a text's
 * n-grams that already occurred earlier in the same text.
 */
public final class Diversity {
    private Diversity() {}

    /** Distinct n-grams over all n-grams of all the texts pooled: 1 means no n-gram ever repeats. */
    public static double distinct(List<String> texts, int n) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (String text : texts) {
            int[] cp = text.codePoints().toArray();
            for (int i = 0; i + n <= cp.length; i++, total++) seen.add(new String(cp, i, n));
        }
        return total == 0 ? 0 : (double) seen.size() / total;
    }

    /** Share of a text's n-grams that it has already used: near 0 for varied text, near 1 for a loop. */
    public static double repetition(String text, int n) {
        int[] cp = text.codePoints().toArray();
        Set<String> seen = new HashSet<>();
        int total = 0, repeated = 0;
        for (int i = 0; i + n <= cp.length; i++, total++) {
            if (!seen.add(new String(cp, i, n))) repeated++;
        }
        return total == 0 ? 0 : (double) repeated / total;
    }

    /**
     * The longest stretch of characters that the text writes at least twice (the two copies may
     * overlap): a line copied from earlier shows as a stretch of a line's length or more, while
     * varied text repeats only a character or two.
     */
    public static String longestRepeat(String text) {
        int[] cp = text.codePoints().toArray();
        int n = cp.length, best = 0, end = 0;
        // run[j] = length of the common stretch ending at i and at j (j < i), one row of the classic table at a time.
        int[] run = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = i - 1; j >= 1; j--) {
                run[j] = cp[i - 1] == cp[j - 1] ? run[j - 1] + 1 : 0;
                if (run[j] > best) {
                    best = run[j];
                    end = i;
                }
            }
        }
        return new String(cp, end - best, best);
    }

    /**
     * The period of a loop the text ends in: the smallest p ≤ maxPeriod such that the last
     * 3·p characters are the same p characters three times over; 0 if the text does not end in one.
     */
    public static int loopPeriod(String text, int maxPeriod) {
        int[] cp = text.codePoints().toArray();
        for (int p = 1; p <= maxPeriod && 3 * p <= cp.length; p++) {
            boolean loop = true;
            for (int i = cp.length - 2 * p; i < cp.length && loop; i++) loop = cp[i] == cp[i - p];
            if (loop) return p;
        }
        return 0;
    }
}
