package jielong.exercises.ch19;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Reference solutions of notebook 19's exercises. */
public final class Collapse {
    private Collapse() {}

    public static double[] nextGeneration(double[] samples, Random rng) {
        int n = samples.length;
        double mean = 0;
        for (double x : samples) mean += x;
        mean /= n;
        double squares = 0;
        for (double x : samples) squares += (x - mean) * (x - mean);
        double sigma = Math.sqrt(squares / n);
        double[] next = new double[n];
        for (int i = 0; i < n; i++) next[i] = mean + sigma * rng.nextGaussian();
        return next;
    }

    public static double distinctN(int[][] texts, int n) {
        Set<List<Integer>> seen = new HashSet<>();
        long total = 0;
        for (int[] t : texts) {
            for (int i = 0; i + n <= t.length; i++) {
                List<Integer> gram = new ArrayList<>(n);
                for (int k = 0; k < n; k++) gram.add(t[i + k]);
                seen.add(gram);
                total++;
            }
        }
        return total == 0 ? 0 : (double) seen.size() / total;
    }

    public static double tailMass(long[] referenceCounts, double share, int[][] texts) {
        long total = Arrays.stream(referenceCounts).sum();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < referenceCounts.length; i++) if (referenceCounts[i] > 0) order.add(i);
        order.sort((a, b) -> referenceCounts[a] != referenceCounts[b] ? Long.compare(referenceCounts[a], referenceCounts[b]) : Integer.compare(a, b));
        boolean[] tail = new boolean[referenceCounts.length];
        long taken = 0;
        for (int i : order) {
            if (taken + referenceCounts[i] > share * total) break;
            taken += referenceCounts[i];
            tail[i] = true;
        }
        long in = 0, all = 0;
        for (int[] t : texts) {
            for (int id : t) {
                all++;
                if (tail[id]) in++;
            }
        }
        return all == 0 ? 0 : (double) in / all;
    }

    public static List<String> mixRealAndSynthetic(List<String> real, List<String> synthetic, double realShare, Random rng) {
        int k = (int) Math.round(realShare * real.size());
        List<String> shuffled = new ArrayList<>(real);
        Collections.shuffle(shuffled, rng);
        List<String> mix = new ArrayList<>(shuffled.subList(0, k));
        mix.addAll(synthetic.subList(0, real.size() - k));
        return mix;
    }
}
