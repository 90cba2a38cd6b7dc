package jielong.synthetic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The tail of a distribution of tokens and how much of a text falls in it. The tail is the set of
 * rarest tokens of a reference text (the real data) that together make up at most a given share
 * of it; the tail mass of another text is the share of its tokens that are in that set. The real
 * data's own tail mass is close to the share; a model that forgets the rare tokens writes less.
 */
public final class TailMass {
    private TailMass() {}

    /** How often each token id in [0, vocabSize) occurs in the texts. */
    public static long[] counts(List<int[]> texts, int vocabSize) {
        long[] c = new long[vocabSize];
        for (int[] t : texts) {
            for (int id : t) {
                if (id < 0 || id >= vocabSize) throw new IllegalArgumentException("token id " + id + " is outside the vocabulary [0, " + vocabSize + ")");
                c[id]++;
            }
        }
        return c;
    }

    /**
     * The tail: the rarest tokens of the reference (fewest occurrences first, ties by id), taken while
     * together they stay within {@code share} of its tokens. Tokens the reference never shows are not
     * in it (a text cannot lose what it never had).
     */
    public static boolean[] rare(long[] referenceCounts, double share) {
        if (!(share > 0 && share < 1)) throw new IllegalArgumentException("the tail's share must be in (0, 1), e.g. 0.1 for the rarest tokens making 10% of the text; got " + share);
        long total = Arrays.stream(referenceCounts).sum();
        if (total == 0) throw new IllegalArgumentException("the reference holds no tokens, so it has no tail");
        Integer[] order = IntStream.range(0, referenceCounts.length).filter(i -> referenceCounts[i] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> referenceCounts[i]).thenComparingInt(i -> i));
        boolean[] tail = new boolean[referenceCounts.length];
        long taken = 0;
        for (int i : order) {
            if (taken + referenceCounts[i] > share * total) break;
            taken += referenceCounts[i];
            tail[i] = true;
        }
        return tail;
    }

    /** The share of the texts' tokens that are in the tail, in [0, 1] (0 for no tokens). */
    public static double of(List<int[]> texts, boolean[] tail) {
        long in = 0, all = 0;
        for (int[] t : texts) {
            for (int id : t) {
                if (id < 0 || id >= tail.length) throw new IllegalArgumentException("token id " + id + " is outside the vocabulary [0, " + tail.length + ")");
                all++;
                if (tail[id]) in++;
            }
        }
        return all == 0 ? 0 : (double) in / all;
    }

    /** The share of the tail's tokens that occur at least once in the texts, in [0, 1]: 1 while every rare token is still written. */
    public static double typesPresent(List<int[]> texts, boolean[] tail) {
        boolean[] seen = new boolean[tail.length];
        for (int[] t : texts) {
            for (int id : t) {
                if (id < 0 || id >= tail.length) throw new IllegalArgumentException("token id " + id + " is outside the vocabulary [0, " + tail.length + ")");
                seen[id] = true;
            }
        }
        int in = 0, present = 0;
        for (int i = 0; i < tail.length; i++) {
            if (!tail[i]) continue;
            in++;
            if (seen[i]) present++;
        }
        return in == 0 ? 0 : (double) present / in;
    }

    /** How many tokens the tail holds. */
    public static int size(boolean[] tail) {
        int n = 0;
        for (boolean b : tail) if (b) n++;
        return n;
    }
}
