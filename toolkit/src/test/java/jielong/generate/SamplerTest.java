package jielong.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SamplerTest {
    // Probabilities 0.5, 0.25, 0.125, 0.125 at temperature 1.
    static final float[] LOGITS = {(float) Math.log(4), (float) Math.log(2), 0f, 0f};

    @Test
    void temperatureOneIsTheSoftmax() {
        assertArrayEquals(new double[] {0.5, 0.25, 0.125, 0.125}, Sampler.probabilities(LOGITS, Sampling.temperature(1f)), 1e-6);
    }

    @Test
    void lowTemperatureSharpensHighFlattens() {
        double[] cold = Sampler.probabilities(LOGITS, Sampling.temperature(0.5f));
        assertEquals(16.0 / 22, cold[0], 1e-6); // p ∝ p₀² : 16, 4, 1, 1
        double[] hot = Sampler.probabilities(LOGITS, Sampling.temperature(100f));
        assertEquals(0.25, hot[0], 0.01);
    }

    @Test
    void topKKeepsTheKMostLikely() {
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 0, 0}, Sampler.probabilities(LOGITS, Sampling.temperature(1f).withTopK(2)), 1e-6);
    }

    @Test
    void topPKeepsTheSmallestSetReachingP() {
        // 0.5 < 0.7 ≤ 0.5 + 0.25: the first two tokens.
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 0, 0}, Sampler.probabilities(LOGITS, Sampling.temperature(1f).withTopP(0.7f)), 1e-6);
        assertArrayEquals(new double[] {1, 0, 0, 0}, Sampler.probabilities(LOGITS, Sampling.temperature(1f).withTopP(0.5f)), 1e-6);
    }

    @Test
    void drawsFollowTheDistributionAndRepeatWithTheSeed() {
        Random rng = new Random(1);
        int[] counts = new int[4];
        for (int i = 0; i < 40_000; i++) counts[Sampler.pick(LOGITS, Sampling.temperature(1f), rng)]++;
        assertEquals(0.5, counts[0] / 40_000.0, 0.01);
        assertEquals(0.125, counts[3] / 40_000.0, 0.01);
        int a = Sampler.pick(LOGITS, Sampling.temperature(1f), new Random(9)), b = Sampler.pick(LOGITS, Sampling.temperature(1f), new Random(9));
        assertEquals(a, b);
        assertEquals(0, Sampler.pick(LOGITS, Sampling.greedy(), rng));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sampling.temperature(-1f));
        assertThrows(IllegalArgumentException.class, () -> Sampling.temperature(1f).withTopP(0f));
    }
}
