package jielong.course.wordchain;

/**
 * The simplest word-chain player: it predicts the next token from the previous one alone, by
 * counting how often each pair follows in a text. Add-alpha smoothing gives unseen pairs a little
 * probability, so every token stays possible.
 */
public final class BigramModel {
    private final int vocabSize;
    private final int[][] counts;
    private final double alpha;

    private BigramModel(int vocabSize, int[][] counts, double alpha) {
        this.vocabSize = vocabSize;
        this.counts = counts;
        this.alpha = alpha;
    }

    /** Counts every adjacent pair of tokens; {@code alpha} is added to every count (0 = none). */
    public static BigramModel fit(int[] tokens, int vocabSize, double alpha) {
        int[][] counts = new int[vocabSize][];
        for (int i = 0; i + 1 < tokens.length; i++) {
            int a = tokens[i];
            if (counts[a] == null) counts[a] = new int[vocabSize]; // rows only for tokens that occur: a large vocabulary stays small
            counts[a][tokens[i + 1]]++;
        }
        return new BigramModel(vocabSize, counts, alpha);
    }

    /** P(next | previous) for every token. */
    public double[] probabilities(int previous) {
        double[] p = new double[vocabSize];
        int[] row = counts[previous];
        double total = 0;
        for (int j = 0; j < vocabSize; j++) total += p[j] = (row == null ? 0 : row[j]) + alpha;
        if (total == 0) { // a token never seen before anything: fall back to uniform
            java.util.Arrays.fill(p, 1.0 / vocabSize);
            return p;
        }
        for (int j = 0; j < vocabSize; j++) p[j] /= total;
        return p;
    }

    /** The same as logits (log-probabilities), so the toolkit's {@code Sampler} can draw from it. */
    public float[] logits(int previous) {
        double[] p = probabilities(previous);
        float[] l = new float[vocabSize];
        for (int j = 0; j < vocabSize; j++) l[j] = p[j] > 0 ? (float) Math.log(p[j]) : -1e30f;
        return l;
    }

    /**
     * Cross-entropy on a text, in bits per token: the mean of −log₂ P(token | the one before) over
     * every token but the first. A uniform guess over V tokens scores log₂ V.
     */
    public double crossEntropyBits(int[] tokens) {
        double sum = 0;
        for (int i = 1; i < tokens.length; i++) sum -= Math.log(probabilities(tokens[i - 1])[tokens[i]]);
        return sum / (tokens.length - 1) / Math.log(2);
    }

    /** How many times {@code next} followed {@code previous}. */
    public int count(int previous, int next) {
        return counts[previous] == null ? 0 : counts[previous][next];
    }

    public int vocabSize() {
        return vocabSize;
    }
}
