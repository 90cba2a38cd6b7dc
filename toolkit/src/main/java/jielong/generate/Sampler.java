package jielong.generate;

import java.util.Arrays;
import java.util.Random;

/** Turns one row of logits into a token id under a {@link Sampling} rule. */
public final class Sampler {
    private Sampler() {}

    /** The next token: argmax when greedy, otherwise a draw from the reshaped distribution. */
    public static int pick(float[] logits, Sampling s, Random rng) {
        if (s.isGreedy()) return argmax(logits);
        double[] p = probabilities(logits, s);
        double u = rng.nextDouble(), cum = 0;
        for (int i = 0; i < p.length; i++) {
            cum += p[i];
            if (u < cum) return i;
        }
        return argmax(logits); // rounding left u above the total: take the mode
    }

    /** The distribution the sampler draws from: softmax(logits / T), cut by top-k and top-p, renormalised. */
    public static double[] probabilities(float[] logits, Sampling s) {
        int v = logits.length;
        if (s.isGreedy()) {
            double[] p = new double[v];
            p[argmax(logits)] = 1;
            return p;
        }
        double[] p = Softmax.probabilities(logits, s.temperature());

        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        int keep = s.topK() > 0 ? Math.min(s.topK(), v) : v;
        if (s.topP() < 1) {
            double cum = 0;
            for (int r = 0; r < keep; r++) {
                cum += p[order[r]];
                if (cum >= s.topP()) {
                    keep = r + 1;
                    break;
                }
            }
        }
        double kept = 0;
        for (int r = 0; r < v; r++) {
            if (r < keep) kept += p[order[r]];
            else p[order[r]] = 0;
        }
        for (int i = 0; i < v; i++) p[i] /= kept;
        return p;
    }

    /** Index of the largest value (the first one on ties). */
    public static int argmax(float[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
        return best;
    }
}
