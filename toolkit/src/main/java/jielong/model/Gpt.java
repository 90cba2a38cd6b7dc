package jielong.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * A decoder-only transformer as in GPT-2 (Radford et al. 2019) and nanoGPT: token and learned
 * position embeddings (wte, wpe), a stack of pre-LayerNorm blocks (h), a final LayerNorm (ln_f),
 * and an output head that reuses wte. Parameter names follow GPT-2's, so weights can be held
 * against the paper and exported to NumPy.
 */
public final class Gpt {
    public final GptConfig config;
    final Tensor wte, wpe, lnFG, lnFB;
    final List<Block> h = new ArrayList<>();
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final List<String> activationNames;

    /** A freshly initialised model; the same seed always gives the same weights. */
    public Gpt(GptConfig config, long seed) {
        this.config = config;
        Random rng = new Random(seed);
        wte = Init.normal(rng, Init.STD, config.vocabSize(), config.nEmbd());
        wpe = Init.normal(rng, Init.STD, config.blockSize(), config.nEmbd());
        for (int l = 0; l < config.nLayer(); l++) h.add(new Block(config, rng, l));
        lnFG = Init.ones(config.nEmbd());
        lnFB = Init.zeros(config.nEmbd());

        parameters.put("wte.weight", wte);
        parameters.put("wpe.weight", wpe);
        for (Block b : h) b.collect(parameters);
        parameters.put("ln_f.weight", lnFG);
        parameters.put("ln_f.bias", lnFB);
        activationNames = Trace.names(config);
    }

    /** Every learnable tensor by its GPT-2 name, in a fixed order. */
    public Map<String, Tensor> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Number of learnable numbers, counted from the actual arrays (wte counted once: the head shares it). */
    public long parameterCount() {
        long n = 0;
        for (Tensor p : parameters.values()) n += p.size();
        return n;
    }

    /**
     * Logits [B·T, V] for a batch of token sequences laid end to end in idx (B sequences of length
     * t). With a dropout generator the model is in training mode; null means evaluation.
     */
    public Tensor forward(int[] idx, int t, Random dropoutRng) {
        return forward(idx, t, null, dropoutRng, null);
    }

    /** Logits in evaluation mode. */
    public Tensor forward(int[] idx, int t) {
        return forward(idx, t, null, null, null);
    }

    /**
     * Logits in evaluation mode, with a {@link Trace} that records or changes activations on the way,
     * e.g. {@code Trace t = Trace.record("h.*.attn.probs"); gpt.forward(idx, T, t); t.get("h.0.attn.probs")}.
     */
    public Tensor forward(int[] idx, int t, Trace trace) {
        return forward(idx, t, null, null, trace);
    }

    /** Training-mode logits (dropout from the generator, when it is not null) with a trace. */
    public Tensor forward(int[] idx, int t, Random dropoutRng, Trace trace) {
        return forward(idx, t, null, dropoutRng, trace);
    }

    /**
     * Feeds tokens at the cache's next free positions and returns their logits [T, V]: the row for
     * the last token predicts the one after it. Earlier positions' keys and values come from the
     * cache, so each token costs one position's work. Inference only (no gradient); trace may be null.
     */
    public Tensor forward(int[] tokens, KvCache cache, Trace trace) {
        if (tokens.length == 0) throw new IllegalArgumentException("feed at least one token");
        if (cache.length + tokens.length > cache.capacity) {
            throw new IllegalStateException("KV cache holds " + cache.length + " of " + cache.capacity + " positions, no room for "
                    + tokens.length + " more; clear it and re-feed the most recent tokens (ContextWindow says how many)");
        }
        for (int token : tokens) {
            if (token < 0 || token >= config.vocabSize()) throw new IllegalArgumentException("token id " + token + " is outside the vocabulary [0, " + config.vocabSize() + ")");
        }
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            return forward(tokens, tokens.length, cache, null, trace);
        }
    }

    /**
     * Feeds one token at the next free position of the cache and returns the logits for the token
     * after it. Costs one position's work: earlier keys and values come from the cache.
     */
    public float[] step(int token, KvCache cache) {
        return step(token, cache, null);
    }

    /** {@link #step(int, KvCache)} with a trace (which then holds this position's activations). */
    public float[] step(int token, KvCache cache, Trace trace) {
        if (cache.isFull()) throw new IllegalStateException("KV cache is full (" + cache.capacity + " positions); clear it and re-feed the most recent tokens");
        return forward(new int[] {token}, cache, trace).host().data;
    }

    /**
     * The one forward pass every other method goes through: token and position embedding, the
     * blocks, ln_f and the tied head. With a cache the tokens sit at positions cache.length and on,
     * and the cache grows by t.
     */
    private Tensor forward(int[] idx, int t, KvCache cache, Random dropoutRng, Trace trace) {
        int start = cache == null ? 0 : cache.length;
        if (start + t > config.blockSize()) {
            throw new IllegalArgumentException("sequence of " + t + " tokens is longer than the context of "
                    + config.blockSize() + "; crop it to the last " + config.blockSize() + " tokens");
        }
        int batch = idx.length / t;
        if (trace != null) trace.begin(activationNames, parameters.keySet());
        Tensor tokens = Trace.param(trace, "wte.weight", wte), positions = Trace.param(trace, "wpe.weight", wpe);
        if (start > 0) positions = rows(positions, start, t); // decoding: the positions after the cached ones
        Tensor x = Ops.dropout(Ops.embed(tokens, positions, idx, t), dropoutRng == null ? 0f : config.dropout(), dropoutRng);
        x = Trace.tap(trace, "embed.out", x);
        for (Block block : h) x = block.forward(x, batch, t, cache, dropoutRng, trace);
        if (cache != null) cache.length = start + t;
        x = Trace.tap(trace, "ln_f.out", Ops.layerNorm(x, Trace.param(trace, "ln_f.weight", lnFG), Trace.param(trace, "ln_f.bias", lnFB)));
        return Trace.tap(trace, "logits", Trace.unembed(trace, x, tokens));
    }

    /** Mean cross-entropy of predicting targets (each input shifted by one), in nats per token. */
    public Tensor loss(int[] idx, int[] targets, int t, Random dropoutRng) {
        return Ops.crossEntropy(forward(idx, t, dropoutRng), targets);
    }

    /**
     * Attention weights of each layer, [1, H, T, T], when the model reads {@code tokens} (at most its
     * context): a convenience over {@code Trace.record("h.*.attn.probs")}.
     */
    public List<Tensor> attentionWeights(int[] tokens) {
        Trace trace = Trace.record("h.*.attn.probs");
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            forward(tokens, tokens.length, trace);
        }
        List<Tensor> out = new ArrayList<>();
        for (int l = 0; l < h.size(); l++) out.add(trace.get("h." + l + ".attn.probs"));
        return out;
    }

    /** Rows [from, from + n) of a matrix, as a constant (decoding takes no gradient). */
    private static Tensor rows(Tensor m, int from, int n) {
        int c = m.cols();
        return Tensor.of(java.util.Arrays.copyOfRange(m.host().data, from * c, (from + n) * c), n, c);
    }
}
