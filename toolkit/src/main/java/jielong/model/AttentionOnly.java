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
 * An attention-only transformer (Elhage et al. 2021, "A Mathematical Framework for Transformer
 * Circuits"): the GPT with its MLPs taken out, so every computation is heads reading from and
 * writing to the residual stream. Shapes come from a {@link GptConfig} (its dropout is not used);
 * parameter names and initialisation are the GPT's. A {@link Trace} records and changes its
 * activations under the GPT's names, less those of the MLP ({@link #activationNames()}).
 */
public final class AttentionOnly implements Trainable {
    public final GptConfig config;
    private final Tensor wte, wpe, lnFG, lnFB;
    private final Tensor[] ln1G, ln1B, cAttnW, cAttnB, cProjW, cProjB;
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final List<String> activationNames;

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
        activationNames = activationNames(config);
    }

    /** The activation names a trace can use on this model, in the order it computes them. */
    public List<String> activationNames() {
        return activationNames;
    }

    /** The GPT's names ({@link Trace#names}) without the MLP half of each block, which this model lacks. */
    private static List<String> activationNames(GptConfig config) {
        List<String> names = new ArrayList<>();
        for (String n : Trace.names(config)) {
            if (!n.contains(".mlp.") && !n.endsWith(".ln_2.out") && !n.endsWith(".resid_mid")) names.add(n);
        }
        return List.copyOf(names);
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
        return forward(idx, t, null);
    }

    /**
     * Logits with a {@link Trace} that records or changes activations on the way (null: none), e.g.
     * {@code forward(idx, t, Trace.ablate("h.1.attn.head.0"))} runs the model without that head.
     */
    public Tensor forward(int[] idx, int t, Trace trace) {
        if (t > config.blockSize()) {
            throw new IllegalArgumentException("sequence of " + t + " tokens is longer than the context of "
                    + config.blockSize() + "; crop it to the last " + config.blockSize() + " tokens");
        }
        int batch = idx.length / t;
        if (trace != null) trace.begin(activationNames, parameters.keySet());
        Tensor tokens = Trace.param(trace, "wte.weight", wte);
        Tensor x = Trace.tap(trace, "embed.out", Ops.embed(tokens, Trace.param(trace, "wpe.weight", wpe), idx, t));
        for (int l = 0; l < ln1G.length; l++) {
            String p = "h." + l + ".";
            x = Trace.tap(trace, p + "resid_pre", x);
            Tensor h = Trace.tap(trace, p + "ln_1.out", Ops.layerNorm(x, Trace.param(trace, p + "ln_1.weight", ln1G[l]), Trace.param(trace, p + "ln_1.bias", ln1B[l])));
            Tensor qkv = Trace.tap(trace, p + "attn.qkv", Ops.linear(h, Trace.param(trace, p + "attn.c_attn.weight", cAttnW[l]), Trace.param(trace, p + "attn.c_attn.bias", cAttnB[l])));
            Ops.Attended a = Ops.attention(qkv, batch, t, config.nHead());
            Tensor y = a.y();
            if (trace != null) {
                trace.keep(p + "attn.probs", a.probs());
                y = trace.heads(p + "attn.heads", p + "attn.head.", y, config.nHead());
            }
            Tensor out = Trace.tap(trace, p + "attn.out", Ops.linear(y, Trace.param(trace, p + "attn.c_proj.weight", cProjW[l]), Trace.param(trace, p + "attn.c_proj.bias", cProjB[l])));
            x = Trace.tap(trace, p + "resid_post", Ops.add(x, out));
        }
        x = Trace.tap(trace, "ln_f.out", Ops.layerNorm(x, Trace.param(trace, "ln_f.weight", lnFG), Trace.param(trace, "ln_f.bias", lnFB)));
        return Trace.tap(trace, "logits", Ops.unembed(x, tokens));
    }
}
