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

    /** A freshly initialised model; the same seed always gives the same weights. */
    public Gpt(GptConfig config, long seed) {
        this.config = config;
        Random rng = new Random(seed);
        wte = Init.normal(rng, Init.STD, config.vocabSize(), config.nEmbd());
        wpe = Init.normal(rng, Init.STD, config.blockSize(), config.nEmbd());
        for (int l = 0; l < config.nLayer(); l++) h.add(new Block(config, rng));
        lnFG = Init.ones(config.nEmbd());
        lnFB = Init.zeros(config.nEmbd());

        parameters.put("wte.weight", wte);
        parameters.put("wpe.weight", wpe);
        for (int l = 0; l < h.size(); l++) h.get(l).collect("h." + l + ".", parameters);
        parameters.put("ln_f.weight", lnFG);
        parameters.put("ln_f.bias", lnFB);
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
        if (t > config.blockSize()) {
            throw new IllegalArgumentException("sequence of " + t + " tokens is longer than the context of "
                    + config.blockSize() + "; crop it to the last " + config.blockSize() + " tokens");
        }
        int batch = idx.length / t;
        Tensor x = Ops.dropout(Ops.embed(wte, wpe, idx, t), dropoutRng == null ? 0f : config.dropout(), dropoutRng);
        for (Block block : h) x = block.forward(x, batch, t, dropoutRng);
        return Ops.unembed(Ops.layerNorm(x, lnFG, lnFB), wte);
    }

    /** Logits in evaluation mode. */
    public Tensor forward(int[] idx, int t) {
        return forward(idx, t, null);
    }

    /** Mean cross-entropy of predicting targets (each input shifted by one), in nats per token. */
    public Tensor loss(int[] idx, int[] targets, int t, Random dropoutRng) {
        return Ops.crossEntropy(forward(idx, t, dropoutRng), targets);
    }

    /** Attention weights [B, H, T, T] of each layer from the latest forward pass. */
    public List<Tensor> attentionWeights() {
        List<Tensor> out = new ArrayList<>();
        for (Block b : h) out.add(b.attn.lastWeights == null ? null : b.attn.lastWeights.host());
        return out;
    }

    /**
     * Feeds one token at the next free position of the cache and returns the logits for the token
     * after it. Costs one position's work: earlier keys and values come from the cache.
     */
    public float[] step(int token, KvCache cache) {
        if (cache.isFull()) throw new IllegalStateException("KV cache is full (" + cache.capacity + " positions); clear it and re-feed the most recent tokens");
        int pos = cache.length;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            int c = config.nEmbd();
            if (token < 0 || token >= config.vocabSize()) throw new IllegalArgumentException("token id " + token + " is outside the vocabulary [0, " + config.vocabSize() + ")");
            Tensor x = Tensor.zeros(1, c);
            float[] te = wte.host().data, pe = wpe.host().data; // host(): current if a GPU trained them
            for (int i = 0; i < c; i++) x.data[i] = te[token * c + i] + pe[pos * c + i];
            for (int l = 0; l < h.size(); l++) {
                Block b = h.get(l);
                Tensor qkv = Ops.linear(Ops.layerNorm(x, b.ln1G, b.ln1B), b.attn.cAttnW, b.attn.cAttnB);
                Tensor y = Tensor.zeros(1, config.nEmbd());
                Ops.backend().attentionStep(qkv, cache.keys[l], cache.values[l], pos, config.nHead(), y);
                x = Ops.add(x, Ops.linear(y, b.attn.cProjW, b.attn.cProjB));
                x = Ops.add(x, b.mlp.forward(Ops.layerNorm(x, b.ln2G, b.ln2B)));
            }
            cache.length = pos + 1;
            return Ops.unembed(Ops.layerNorm(x, lnFG, lnFB), wte).host().data;
        }
    }
}
