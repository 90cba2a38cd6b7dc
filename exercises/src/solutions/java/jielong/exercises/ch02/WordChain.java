package jielong.exercises.ch02;

import java.util.Arrays;

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
}
