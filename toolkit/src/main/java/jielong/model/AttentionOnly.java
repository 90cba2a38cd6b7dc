package jielong.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * An attention-only transformer (Elhage et al. 2021, "A Mathematical Framework for Transformer
 * Circuits"): the GPT with its MLPs taken out, so every computation is heads reading from and
 * writing to the residual stream. Shapes come from a {@link GptConfig} (its dropout is not used);
 * parameter names and initialisation are the GPT's.
 */
public final class AttentionOnly implements Trainable {
    public final GptConfig config;
    private final Tensor wte, wpe, lnFG, lnFB;
    private final Tensor[] ln1G, ln1B, cAttnW, cAttnB, cProjW, cProjB;
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();

    /** A freshly initialised model; the same seed always gives the same weights. */
    public AttentionOnly(GptConfig config, long seed) {
        this.config = config;
        Random rng = new Random(seed);
        int c = config.nEmbd(), n = config.nLayer();
        wte = put("wte.weight", Init.normal(rng, Init.STD, config.vocabSize(), c));
        wpe = put("wpe.weight", Init.normal(rng, Init.STD, config.blockSize(), c));
        ln1G = new Tensor[n]; ln1B = new Tensor[n]; cAttnW = new Tensor[n]; cAttnB = new Tensor[n];
        cProjW = new Tensor[n]; cProjB = new Tensor[n];
        for (int l = 0; l < n; l++) {
            String p = "h." + l + ".";
            ln1G[l] = put(p + "ln_1.weight", Init.ones(c));
            ln1B[l] = put(p + "ln_1.bias", Init.zeros(c));
            cAttnW[l] = put(p + "attn.c_attn.weight", Init.normal(rng, Init.STD, c, 3 * c));
            cAttnB[l] = put(p + "attn.c_attn.bias", Init.zeros(3 * c));
            cProjW[l] = put(p + "attn.c_proj.weight", Init.normal(rng, Init.STD / Math.sqrt(2.0 * n), c, c));
            cProjB[l] = put(p + "attn.c_proj.bias", Init.zeros(c));
        }
        lnFG = put("ln_f.weight", Init.ones(c));
        lnFB = put("ln_f.bias", Init.zeros(c));
    }

    private Tensor put(String name, Tensor t) {
        parameters.put(name, t);
        return t;
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Logits [B·T, V] for B sequences of length t laid end to end in idx. */
    public Tensor forward(int[] idx, int t) {
        if (t > config.blockSize()) {
            throw new IllegalArgumentException("sequence of " + t + " tokens is longer than the context of "
                    + config.blockSize() + "; crop it to the last " + config.blockSize() + " tokens");
        }
        int batch = idx.length / t;
        Tensor x = Ops.embed(wte, wpe, idx, t);
        for (int l = 0; l < ln1G.length; l++) {
            Tensor qkv = Ops.linear(Ops.layerNorm(x, ln1G[l], ln1B[l]), cAttnW[l], cAttnB[l]);
            x = Ops.add(x, Ops.linear(Ops.attention(qkv, batch, t, config.nHead()).y(), cProjW[l], cProjB[l]));
        }
        return Ops.unembed(Ops.layerNorm(x, lnFG, lnFB), wte);
    }
}
