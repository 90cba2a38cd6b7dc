package jielong.course.posttraining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jielong.engine.Tensor;
import jielong.model.Gpt;

/**
 * Responses written by a model, many at once: prompts of the same length advance one position per
 * forward pass of the whole batch (the prefix is read again each time: at 16 tokens that costs less
 * than keeping caches), each row stopping at its stop token or after {@code maxTokens}.
 */
public final class Rollout {
    private Rollout() {}

    /**
     * {@code each} responses to every prompt, grouped by prompt (prompt 0's first, ...), sampled at
     * temperature 1 from {@code rng}, or the most likely token every time when {@code rng} is null.
     * A response holds its stop token when it wrote one.
     */
    public static List<int[]> write(Gpt model, List<int[]> prompts, int each, Random rng, int stopToken, int maxTokens) {
        if (prompts.isEmpty() || each < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("give at least one prompt, one response each and one token, got " + prompts.size()
                    + ", " + each + " and " + maxTokens);
        }
        int len = prompts.get(0).length;
        for (int[] p : prompts) {
            if (p.length != len) throw new IllegalArgumentException("prompts written together need the same length, got " + len + " and " + p.length + " tokens");
        }
        if (len + maxTokens - 1 > model.config.blockSize()) {
            throw new IllegalArgumentException("prompts of " + len + " tokens and responses of " + maxTokens + " do not fit a context of "
                    + model.config.blockSize());
        }
        int rows = prompts.size() * each, width = len + maxTokens;
        int[][] seq = new int[rows][width];
        int[] written = new int[rows];
        boolean[] stopped = new boolean[rows];
        for (int r = 0; r < rows; r++) System.arraycopy(prompts.get(r / each), 0, seq[r], 0, len);
        for (int pos = 0; pos < maxTokens; pos++) {
            int t = len + pos;
            int[] idx = new int[rows * t];
            for (int r = 0; r < rows; r++) System.arraycopy(seq[r], 0, idx, r * t, t);
            float[] logits;
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                logits = model.forward(idx, t).host().data;
            }
            int v = model.config.vocabSize();
            boolean any = false;
            for (int r = 0; r < rows; r++) {
                if (stopped[r]) continue;
                int next = pick(logits, (r * t + t - 1) * v, v, rng);
                seq[r][t] = next;
                written[r]++;
                if (next == stopToken) stopped[r] = true;
                else any = true;
            }
            if (!any) break;
        }
        List<int[]> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) out.add(Arrays.copyOfRange(seq[r], len, len + written[r]));
        return out;
    }

    /** A token from one row of logits: sampled from its softmax, or the largest when rng is null. */
    static int pick(float[] logits, int from, int v, Random rng) {
        int best = 0;
        for (int k = 1; k < v; k++) if (logits[from + k] > logits[from + best]) best = k;
        if (rng == null) return best;
        double[] p = new double[v];
        double z = 0;
        for (int k = 0; k < v; k++) z += p[k] = Math.exp(logits[from + k] - logits[from + best]);
        double u = rng.nextDouble() * z;
        for (int k = 0; k < v; k++) if ((u -= p[k]) <= 0) return k;
        return best;
    }

    /** Forward tokens the writing of {@code rows} responses of {@code maxTokens} to prompts of {@code len} costs: each position re-reads the prefix. */
    public static long forwardTokens(int rows, int len, int maxTokens) {
        long n = 0;
        for (int pos = 0; pos < maxTokens; pos++) n += (long) rows * (len + pos);
        return n;
    }
}
