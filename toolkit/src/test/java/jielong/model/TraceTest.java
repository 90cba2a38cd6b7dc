package jielong.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Ops;
import jielong.engine.Reference;
import jielong.engine.Tensor;

class TraceTest {
    static final GptConfig SHAPE = new GptConfig(19, 8, 2, 2, 16, 0f);

    /** A model with weights larger than at initialisation, so every path visibly matters. */
    private static Gpt model(long seed) {
        Gpt gpt = new Gpt(SHAPE, seed);
        Random rng = new Random(seed + 100);
        gpt.parameters().forEach((name, p) -> {
            if (!name.contains("ln")) for (int i = 0; i < p.size(); i++) p.data[i] = (float) (rng.nextGaussian() * 0.3);
        });
        return gpt;
    }

    private static int[] tokens(long seed, int n) {
        Random rng = new Random(seed);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = rng.nextInt(SHAPE.vocabSize());
        return a;
    }

    /**
     * GPT-2's forward written again from the float64 reference ops, keeping what it computes by the
     * trace's names; head {@code ablateHead} of layer {@code ablateLayer} (−1: none) has its columns
     * zeroed before c_proj.
     */
    private static Map<String, double[]> reference(Gpt gpt, int[] idx, int t, int ablateLayer, int ablateHead) {
        Map<String, double[]> w = new HashMap<>(), out = new HashMap<>();
        gpt.parameters().forEach((name, p) -> w.put(name, Reference.toDouble(p.data)));
        int m = idx.length, d = SHAPE.nEmbd(), hs = d / SHAPE.nHead();
        double[] x = Reference.embed(w.get("wte.weight"), w.get("wpe.weight"), idx, t, d);
        for (int l = 0; l < SHAPE.nLayer(); l++) {
            String p = "h." + l + ".";
            double[] h = Reference.layerNorm(x, w.get(p + "ln_1.weight"), w.get(p + "ln_1.bias"), m, d);
            double[] qkv = Reference.linear(h, w.get(p + "attn.c_attn.weight"), w.get(p + "attn.c_attn.bias"), m, d, 3 * d);
            double[] a = Reference.attention(qkv, m / t, t, SHAPE.nHead(), d);
            if (l == ablateLayer) for (int r = 0; r < m; r++) for (int j = 0; j < hs; j++) a[r * d + ablateHead * hs + j] = 0;
            out.put(p + "attn.heads", a);
            x = Reference.add(x, Reference.linear(a, w.get(p + "attn.c_proj.weight"), w.get(p + "attn.c_proj.bias"), m, d, d));
            out.put(p + "resid_mid", x);
            h = Reference.layerNorm(x, w.get(p + "ln_2.weight"), w.get(p + "ln_2.bias"), m, d);
            double[] f = Reference.gelu(Reference.linear(h, w.get(p + "mlp.c_fc.weight"), w.get(p + "mlp.c_fc.bias"), m, d, 4 * d));
            out.put(p + "mlp.act", f);
            x = Reference.add(x, Reference.linear(f, w.get(p + "mlp.c_proj.weight"), w.get(p + "mlp.c_proj.bias"), m, 4 * d, d));
            out.put(p + "resid_post", x);
        }
        double[] h = Reference.layerNorm(x, w.get("ln_f.weight"), w.get("ln_f.bias"), m, d);
        out.put("ln_f.out", h);
        out.put("logits", Reference.unembed(h, w.get("wte.weight"), m, d, SHAPE.vocabSize()));
        return out;
    }

    private static void assertClose(double[] expected, float[] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what + ": size");
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], tol, what + "[" + i + "]");
    }

    @Test
    void recordedActivationsEqualAnIndependentComputation() {
        Gpt gpt = model(1);
        int t = 8;
        int[] idx = tokens(2, 2 * t); // two sequences
        Trace trace = Trace.record("h.*.attn.heads", "h.*.resid_*", "h.1.mlp.act", "ln_f.out", "logits", "h.0.attn.probs", "h.1.attn.head.1");
        Tensor logits = gpt.forward(idx, t, trace);
        Map<String, double[]> ref = reference(gpt, idx, t, -1, 0);
        for (String name : new String[] {"h.0.attn.heads", "h.1.attn.heads", "h.0.resid_mid", "h.0.resid_post", "h.1.resid_mid",
                "h.1.resid_post", "h.1.mlp.act", "ln_f.out", "logits"}) {
            assertClose(ref.get(name), trace.get(name).data, 1e-4, name);
        }
        assertArrayEquals(logits.data, trace.get("logits").data, "the trace holds the very logits returned");
        assertArrayEquals(new int[] {2, 2, t, t}, trace.get("h.0.attn.probs").shape);
        float[] head = trace.get("h.1.attn.head.1").data, heads = trace.get("h.1.attn.heads").data;
        int hs = SHAPE.nEmbd() / SHAPE.nHead();
        for (int r = 0; r < 2 * t; r++) for (int j = 0; j < hs; j++) assertEquals(heads[r * SHAPE.nEmbd() + hs + j], head[r * hs + j]);
        assertEquals(trace.get("h.0.resid_post").data, trace.get("h.1.resid_pre").data, "one block's output is the next one's input");
        // Attention weights from the trace are what the convenience method returns.
        assertArrayEquals(gpt.attentionWeights(java.util.Arrays.copyOf(idx, t)).get(0).data,
                java.util.Arrays.copyOf(trace.get("h.0.attn.probs").data, SHAPE.nHead() * t * t));
    }

    @Test
    void ablatingOneHeadChangesTheLossAsAnIndependentComputationSays() {
        Gpt gpt = model(3);
        int t = 8;
        int[] idx = tokens(4, 2 * t), targets = tokens(5, 2 * t);
        float intact = gpt.loss(idx, targets, t, null).item();
        float ablated = Ops.crossEntropy(gpt.forward(idx, t, Trace.ablate("h.1.attn.head.0")), targets).item();
        double refIntact = Reference.crossEntropy(reference(gpt, idx, t, -1, 0).get("logits"), targets, SHAPE.vocabSize());
        double refAblated = Reference.crossEntropy(reference(gpt, idx, t, 1, 0).get("logits"), targets, SHAPE.vocabSize());
        assertTrue(Math.abs(refAblated - refIntact) > 1e-3, "the head should matter in this model: " + (refAblated - refIntact));
        assertEquals(refIntact, intact, 1e-4);
        assertEquals(refAblated, ablated, 1e-4);
        assertEquals(refAblated - refIntact, ablated - intact, 1e-4, "loss change from removing head 0 of layer 1");
        assertEquals(intact, gpt.loss(idx, targets, t, null).item(), "an ablation leaves the model as it was");
    }

    @Test
    void gradientsFlowAroundAnAblatedHead() {
        Gpt gpt = model(6);
        int t = 8;
        int[] idx = tokens(7, t), targets = tokens(8, t);
        gpt.parameters().values().forEach(Tensor::zeroGrad);
        Ops.crossEntropy(gpt.forward(idx, t, Trace.ablate("h.1.attn.head.0")), targets).backward();
        float[] g = gpt.parameters().get("h.1.attn.c_proj.weight").grad();
        int c = SHAPE.nEmbd(), hs = c / SHAPE.nHead();
        double ablatedRows = 0, keptRows = 0;
        for (int r = 0; r < c; r++) for (int j = 0; j < c; j++) {
            if (r < hs) ablatedRows += Math.abs(g[r * c + j]);
            else keptRows += Math.abs(g[r * c + j]);
        }
        assertEquals(0.0, ablatedRows, "c_proj rows that read the zeroed head get no gradient");
        assertTrue(keptRows > 0, "the other head's rows still learn");
    }

    @Test
    void patchingTheResidualStreamFromAnotherRunCarriesThatRunThrough() {
        Gpt gpt = model(9);
        int t = 8;
        int[] a = tokens(10, t), b = tokens(11, t);
        Trace fromA = Trace.record("h.0.resid_post");
        Tensor logitsA = gpt.forward(a, t, fromA);
        Tensor patched = gpt.forward(b, t, Trace.patch("h.0.resid_post", fromA.get("h.0.resid_post")));
        // Everything after block 0 reads only the residual stream, so run b now ends exactly as run a.
        assertArrayEquals(logitsA.data, patched.data);
        var e = assertThrows(IllegalArgumentException.class, () -> gpt.forward(java.util.Arrays.copyOf(b, 4), 4,
                Trace.patch("h.0.resid_post", fromA.get("h.0.resid_post"))));
        assertTrue(e.getMessage().contains("shape"), e.getMessage());
    }

    @Test
    void aParameterHookActsAsIfTheWeightsWereChanged() {
        Gpt hooked = model(12), changed = model(12);
        int t = 8;
        int[] idx = tokens(13, t);
        java.util.function.UnaryOperator<Tensor> quantize = w -> { // round to a grid of 1/8: a crude 'quantization'
            float[] q = w.data.clone();
            for (int i = 0; i < q.length; i++) q[i] = Math.round(q[i] * 8) / 8f;
            return Tensor.of(q, w.shape);
        };
        Tensor viaHook = hooked.forward(idx, t, Trace.hookParameter("h.*.mlp.c_fc.weight", quantize));
        for (int l = 0; l < SHAPE.nLayer(); l++) {
            Tensor p = changed.parameters().get("h." + l + ".mlp.c_fc.weight");
            System.arraycopy(quantize.apply(p).data, 0, p.data, 0, p.size());
        }
        assertArrayEquals(changed.forward(idx, t).data, viaHook.data);
        assertTrue(!java.util.Arrays.equals(hooked.forward(idx, t).data, viaHook.data), "the hooked model's own weights are untouched");
    }

    @Test
    void aCachedStepRecordsItsPositionsActivations() {
        Gpt gpt = model(14);
        int[] idx = tokens(15, 6);
        Trace full = Trace.record("h.1.resid_post");
        gpt.forward(idx, idx.length, full);
        KvCache cache = new KvCache(SHAPE);
        Trace step = Trace.record("h.1.resid_post", "h.0.attn.probs");
        for (int token : idx) gpt.step(token, cache, step);
        int c = SHAPE.nEmbd();
        float[] last = java.util.Arrays.copyOfRange(full.get("h.1.resid_post").data, 5 * c, 6 * c);
        float[] stepped = step.get("h.1.resid_post").data;
        for (int i = 0; i < c; i++) assertEquals(last[i], stepped[i], 1e-5);
        var e = assertThrows(IllegalArgumentException.class, () -> step.get("h.0.attn.probs"));
        assertTrue(e.getMessage().contains("cached step"), e.getMessage());
    }

    @Test
    void unknownNamesGetAClearMessage() {
        Gpt gpt = model(16);
        int[] idx = tokens(17, 4);
        var a = assertThrows(IllegalArgumentException.class, () -> gpt.forward(idx, 4, Trace.ablate("h.7.attn.head.0")));
        assertTrue(a.getMessage().contains("Trace.names"), a.getMessage());
        var r = assertThrows(IllegalArgumentException.class, () -> gpt.forward(idx, 4, Trace.record("h.*.attention")));
        assertTrue(r.getMessage().contains("no activation matches"), r.getMessage());
        var p = assertThrows(IllegalArgumentException.class, () -> gpt.forward(idx, 4, Trace.hookParameter("h.0.mlp.weight", w -> w)));
        assertTrue(p.getMessage().contains("no parameter matches"), p.getMessage());
        assertTrue(Trace.names(SHAPE).containsAll(java.util.List.of("embed.out", "h.1.attn.head.1", "h.0.mlp.act", "ln_f.out", "logits")));
    }
}
