package jielong.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Reference;
import jielong.engine.Tensor;
import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.train.AdamW;
import jielong.train.TrainConfig;

class GptTest {
    static final GptConfig TINY = new GptConfig(13, 8, 2, 2, 16, 0f);

    private static int[] randomTokens(Random rng, int n, int vocab) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = rng.nextInt(vocab);
        return a;
    }

    @Test
    void lossAtInitialisationIsNearLnVocab() {
        GptConfig c = GptConfig.baby(65);
        Gpt gpt = new Gpt(c, 1);
        Random rng = new Random(3);
        int[] x = randomTokens(rng, 4 * c.blockSize(), 65), y = randomTokens(rng, 4 * c.blockSize(), 65);
        float loss = gpt.loss(x, y, c.blockSize(), null).item();
        assertEquals(Math.log(65), loss, 0.1, "an untrained model should guess uniformly: loss ≈ ln(65)");
    }

    @Test
    void parameterCountMatchesTheArraysAndTheFormula() {
        Gpt gpt = new Gpt(GptConfig.baby(65), 1);
        // wte 65·128 + wpe 64·128 + 4 blocks · (12·128² + 13·128) + ln_f 2·128
        long expected = 65 * 128 + 64 * 128 + 4L * (12 * 128 * 128 + 13 * 128) + 2 * 128;
        assertEquals(expected, gpt.parameterCount());
        assertEquals(809_856, gpt.parameterCount());
    }

    @Test
    void sameSeedSameWeights() {
        Gpt a = new Gpt(TINY, 7), b = new Gpt(TINY, 7), c = new Gpt(TINY, 8);
        assertArrayEquals(a.parameters().get("h.1.mlp.c_fc.weight").data, b.parameters().get("h.1.mlp.c_fc.weight").data);
        assertTrue(a.parameters().get("wte.weight").data[0] != c.parameters().get("wte.weight").data[0]);
    }

    /** The whole model's gradient against finite differences of an independent float64 forward pass. */
    @Test
    void wholeModelGradientMatchesFiniteDifferences() {
        Gpt gpt = new Gpt(TINY, 11);
        Random rng = new Random(5);
        int t = TINY.blockSize();
        int[] x = randomTokens(rng, 2 * t, TINY.vocabSize()), y = randomTokens(rng, 2 * t, TINY.vocabSize());
        // Larger weights than at initialisation, so every path carries a visible gradient.
        gpt.parameters().forEach((name, p) -> {
            if (!name.contains("ln")) for (int i = 0; i < p.size(); i++) p.data[i] = (float) (rng.nextGaussian() * 0.3);
        });
        Tensor loss = gpt.loss(x, y, t, null);
        loss.backward();
        Map<String, double[]> w = new HashMap<>();
        gpt.parameters().forEach((name, p) -> w.put(name, Reference.toDouble(p.data)));
        assertEquals(referenceLoss(w, x, y), loss.item(), 1e-4);

        for (Map.Entry<String, Tensor> e : gpt.parameters().entrySet()) {
            double[] p = w.get(e.getKey());
            for (int trial = 0; trial < 5; trial++) {
                int i = rng.nextInt(p.length);
                double keep = p[i], h = 1e-5;
                p[i] = keep + h;
                double up = referenceLoss(w, x, y);
                p[i] = keep - h;
                double down = referenceLoss(w, x, y);
                p[i] = keep;
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, e.getValue().grad()[i], 1e-4 + 1e-2 * Math.abs(numeric), e.getKey() + "[" + i + "]");
            }
        }
    }

    /** GPT-2's forward pass written again from the reference ops, in float64. */
    private static double referenceLoss(Map<String, double[]> w, int[] idx, int[] targets) {
        GptConfig c = TINY;
        int t = c.blockSize(), m = idx.length, d = c.nEmbd();
        double[] x = Reference.embed(w.get("wte.weight"), w.get("wpe.weight"), idx, t, d);
        for (int l = 0; l < c.nLayer(); l++) {
            String p = "h." + l + ".";
            double[] h = Reference.layerNorm(x, w.get(p + "ln_1.weight"), w.get(p + "ln_1.bias"), m, d);
            double[] qkv = Reference.linear(h, w.get(p + "attn.c_attn.weight"), w.get(p + "attn.c_attn.bias"), m, d, 3 * d);
            double[] a = Reference.attention(qkv, m / t, t, c.nHead(), d);
            x = Reference.add(x, Reference.linear(a, w.get(p + "attn.c_proj.weight"), w.get(p + "attn.c_proj.bias"), m, d, d));
            h = Reference.layerNorm(x, w.get(p + "ln_2.weight"), w.get(p + "ln_2.bias"), m, d);
            double[] f = Reference.gelu(Reference.linear(h, w.get(p + "mlp.c_fc.weight"), w.get(p + "mlp.c_fc.bias"), m, d, 4 * d));
            x = Reference.add(x, Reference.linear(f, w.get(p + "mlp.c_proj.weight"), w.get(p + "mlp.c_proj.bias"), m, 4 * d, d));
        }
        double[] h = Reference.layerNorm(x, w.get("ln_f.weight"), w.get("ln_f.bias"), m, d);
        return Reference.crossEntropy(Reference.unembed(h, w.get("wte.weight"), m, d, c.vocabSize()), targets, c.vocabSize());
    }

    @Test
    void overfitsOneBatch() {
        GptConfig c = new GptConfig(20, 16, 2, 2, 32, 0f);
        Gpt gpt = new Gpt(c, 3);
        Random rng = new Random(9);
        int[] x = randomTokens(rng, 4 * 16, 20), y = randomTokens(rng, 4 * 16, 20);
        AdamW opt = new AdamW(gpt.parameters());
        TrainConfig tc = TrainConfig.defaults().withWeightDecay(0f);
        float loss = Float.NaN;
        for (int step = 0; step < 300 && !(loss < 0.1f); step++) {
            Tensor l = gpt.loss(x, y, 16, null);
            loss = l.item();
            gpt.parameters().values().forEach(Tensor::zeroGrad);
            l.backward();
            opt.clipGradients(1f);
            opt.step(tc, 3e-3f);
        }
        assertTrue(loss < 0.1f, "a model this size must memorise one batch of random tokens; loss stayed at " + loss);
    }

    @Test
    void kvCacheGivesTheSameTokensAsFullRecompute() {
        Gpt gpt = new Gpt(new GptConfig(30, 32, 2, 4, 32, 0f), 4);
        int[] prompt = {1, 5, 9, 2};
        Generator g = new Generator(gpt);
        int[] cached = g.generate(prompt, 28, Sampling.greedy(), 0, null);
        int[] full = g.generateUncached(prompt, 28, Sampling.greedy(), 0, null);
        assertArrayEquals(full, cached);
        int[] sampledCached = g.generate(prompt, 28, Sampling.temperature(1f).withTopK(10), 42, null);
        int[] sampledFull = g.generateUncached(prompt, 28, Sampling.temperature(1f).withTopK(10), 42, null);
        assertArrayEquals(sampledFull, sampledCached, "same seed, same draws, with or without the cache");
    }

    @Test
    void cachedLogitsEqualFullForwardLogits() {
        GptConfig c = new GptConfig(17, 10, 2, 2, 16, 0f);
        Gpt gpt = new Gpt(c, 2);
        int[] tokens = {3, 1, 4, 1, 5, 9, 2, 6};
        Tensor full;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            full = gpt.forward(tokens, tokens.length);
        }
        KvCache cache = new KvCache(c);
        for (int pos = 0; pos < tokens.length; pos++) {
            float[] step = gpt.step(tokens[pos], cache);
            for (int v = 0; v < c.vocabSize(); v++) assertEquals(full.get(pos, v), step[v], 1e-5, "position " + pos);
        }
    }

    @Test
    void tooLongSequenceAndBadTokenGiveClearErrors() {
        Gpt gpt = new Gpt(TINY, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> gpt.forward(new int[20], 20));
        assertTrue(e.getMessage().contains("longer than the context"), e.getMessage());
        int[] bad = new int[8];
        bad[3] = 99;
        var e2 = assertThrows(IllegalArgumentException.class, () -> gpt.forward(bad, 8));
        assertTrue(e2.getMessage().contains("token id 99"), e2.getMessage());
    }
}
