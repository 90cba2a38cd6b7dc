package jielong.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * A classifier of short, fixed-length token tuples: each token's learned embedding (wte, plus a
 * learned vector for its slot, wpe), the embeddings side by side, one ReLU hidden layer, and a
 * logit per class. For (a, b) mod p it is the smallest model that groks: the number embeddings it
 * learns are waves of a few frequencies (Nanda et al. 2023; Gromov 2023).
 *
 * <p>Embeddings start from N(0, 1/width), the layers from N(0, 1/fan-in), biases at zero; the
 * parameters are {@code wte.weight}, {@code wpe.weight}, {@code fc.0.weight}, {@code fc.0.bias},
 * {@code fc.1.weight}, {@code fc.1.bias}.
 */
public final class EmbeddingMlp implements Trainable {
    /** Token ids are in [0, vocab). */
    public final int vocab;
    /** Tokens per input tuple. */
    public final int slots;
    /** Embedding width per token. */
    public final int width;
    /** Hidden units. */
    public final int hidden;
    /** Output classes. */
    public final int classes;
    private final Tensor wte, wpe, w1, b1, w2, b2;
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();

    /**
     * @param vocab   number of distinct tokens
     * @param slots   tokens per input (2 for a and b)
     * @param width   embedding width
     * @param hidden  hidden units
     * @param classes outputs
     * @param seed    the same seed always gives the same weights
     */
    public EmbeddingMlp(int vocab, int slots, int width, int hidden, int classes, long seed) {
        if (vocab < 1 || slots < 1 || width < 1 || hidden < 1 || classes < 1) {
            throw new IllegalArgumentException("every size must be positive: vocab " + vocab + ", slots " + slots
                    + ", width " + width + ", hidden " + hidden + ", classes " + classes);
        }
        this.vocab = vocab;
        this.slots = slots;
        this.width = width;
        this.hidden = hidden;
        this.classes = classes;
        Random rng = new Random(seed);
        wte = Init.normal(rng, 1 / Math.sqrt(width), vocab, width);
        wpe = Init.normal(rng, 1 / Math.sqrt(width), slots, width);
        w1 = Init.normal(rng, 1 / Math.sqrt(slots * width), slots * width, hidden);
        b1 = Init.zeros(hidden);
        w2 = Init.normal(rng, 1 / Math.sqrt(hidden), hidden, classes);
        b2 = Init.zeros(classes);
        parameters.put("wte.weight", wte);
        parameters.put("wpe.weight", wpe);
        parameters.put("fc.0.weight", w1);
        parameters.put("fc.0.bias", b1);
        parameters.put("fc.1.weight", w2);
        parameters.put("fc.1.bias", b2);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Logits [B, classes] for B tuples laid end to end in {@code tokens} (B · slots ids). */
    public Tensor forward(int[] tokens) {
        if (tokens.length == 0 || tokens.length % slots != 0) {
            throw new IllegalArgumentException("EmbeddingMlp: " + tokens.length + " token ids do not split into tuples of "
                    + slots + "; lay the tuples end to end");
        }
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] < 0 || tokens[i] >= vocab) {
                throw new IllegalArgumentException("EmbeddingMlp: token id " + tokens[i] + " at " + i + " is outside [0, " + vocab + ")");
            }
        }
        int batch = tokens.length / slots;
        Tensor x = Ops.reshape(Ops.embed(wte, wpe, tokens, slots), batch, slots * width);
        return Ops.linear(Ops.relu(Ops.linear(x, w1, b1)), w2, b2);
    }

    /** The class with the highest logit for each tuple (ties: the lowest class). */
    public int[] predict(int[] tokens) {
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            float[] logits = forward(tokens).host().data;
            int[] out = new int[tokens.length / slots];
            for (int r = 0; r < out.length; r++) {
                int best = 0;
                for (int k = 1; k < classes; k++) if (logits[r * classes + k] > logits[r * classes + best]) best = k;
                out[r] = best;
            }
            return out;
        }
    }

    /** The token embedding matrix [vocab, width] (the learned representation of each number). */
    public Tensor tokenEmbeddings() {
        return wte;
    }

    /** The L2 norm of all parameters together: what weight decay pulls down. */
    public double weightNorm() {
        double sq = 0;
        for (Tensor p : parameters.values()) for (float v : p.host().data) sq += (double) v * v;
        return Math.sqrt(sq);
    }
}
