package jielong.exercises.ch02;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reference solutions of notebook 02's exercises. */
public final class WordChain {
    private WordChain() {}

    public static int greedy(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
        return best;
    }

    public static double[] withTemperature(float[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (float l : logits) max = Math.max(max, l);
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) sum += p[i] = Math.exp((logits[i] - max) / temperature);
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return p;
    }

    public static double[] topK(double[] probabilities, int k) {
        return keepFirst(probabilities, Math.min(k, probabilities.length));
    }

    public static double[] topP(double[] probabilities, double p) {
        Integer[] order = byProbability(probabilities);
        double cumulative = 0;
        int keep = 0;
        while (keep < order.length && cumulative < p) cumulative += probabilities[order[keep++]];
        return keepFirst(probabilities, keep);
    }

    /** Keeps the n most probable tokens, renormalised. */
    private static double[] keepFirst(double[] probabilities, int n) {
        Integer[] order = byProbability(probabilities);
        double[] out = new double[probabilities.length];
        double kept = 0;
        for (int r = 0; r < n; r++) kept += out[order[r]] = probabilities[order[r]];
        for (int i = 0; i < out.length; i++) out[i] /= kept;
        return out;
    }

    /** Token ids from the most probable down; a stable sort keeps lower ids first on ties. */
    private static Integer[] byProbability(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        return order;
    }

    public static double[][] bigram(int[] tokens, int vocabSize, double alpha) {
        double[][] p = new double[vocabSize][vocabSize];
        for (int i = 0; i + 1 < tokens.length; i++) p[tokens[i]][tokens[i + 1]]++;
        for (double[] row : p) {
            double total = 0;
            for (int j = 0; j < vocabSize; j++) total += row[j] += alpha;
            for (int j = 0; j < vocabSize; j++) row[j] = total == 0 ? 1.0 / vocabSize : row[j] / total;
        }
        return p;
    }

    public static double crossEntropyBits(double[][] bigram, int[] tokens) {
        double bits = 0;
        for (int i = 1; i < tokens.length; i++) bits -= Math.log(bigram[tokens[i - 1]][tokens[i]]) / Math.log(2);
        return bits / (tokens.length - 1);
    }

    public static double distinct(List<String> texts, int n) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (String text : texts) {
            int[] cp = text.codePoints().toArray();
            for (int i = 0; i + n <= cp.length; i++, total++) seen.add(new String(cp, i, n));
        }
        return total == 0 ? 0 : (double) seen.size() / total;
    }
}
