package jielong.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The schedule's numbers against golden values and an independent computation. */
class NoiseScheduleTest {
    @Test
    void linearScheduleRunsFromFirstToLast() {
        NoiseSchedule s = NoiseSchedule.linear(50, 1e-4, 0.02);
        assertEquals(50, s.steps());
        assertEquals(1e-4, s.beta(1), 1e-15);
        assertEquals(0.02, s.beta(50), 1e-15);
        assertEquals(1e-4 + (0.02 - 1e-4) * 24 / 49, s.beta(25), 1e-15);
        assertEquals(1 - 0.02, s.alpha(50), 1e-15);
    }

    @Test
    void alphaBarIsTheProductOfAlphas() {
        NoiseSchedule s = NoiseSchedule.linear(50, 1e-4, 0.02);
        assertEquals(1.0, s.alphaBar(0));
        double logSum = 0; // the same product through logarithms
        for (int t = 1; t <= 50; t++) {
            logSum += Math.log1p(-s.beta(t));
            assertEquals(Math.exp(logSum), s.alphaBar(t), 1e-12, "ᾱ_" + t);
        }
        // golden: tiny-diffusion's schedule leaves ᾱ_50 ≈ 0.603; DDPM's T = 1000 leaves about 4e-5
        assertEquals(0.6030, s.alphaBar(50), 5e-5);
        assertEquals(4.04e-5, NoiseSchedule.linear(1000, 1e-4, 0.02).alphaBar(1000), 1e-6);
    }

    @Test
    void posteriorVarianceIsZeroAtTheFirstStepAndBelowBetaAfter() {
        NoiseSchedule s = NoiseSchedule.linear(50, 1e-4, 0.02);
        assertEquals(0.0, s.posteriorVariance(1));
        for (int t = 2; t <= 50; t++) {
            double want = s.beta(t) * (1 - s.alphaBar(t - 1)) / (1 - s.alphaBar(t));
            assertEquals(want, s.posteriorVariance(t), 1e-15);
            assertTrue(s.posteriorVariance(t) < s.beta(t));
        }
    }

    @Test
    void badSchedulesAreRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NoiseSchedule.linear(0, 1e-4, 0.02)).getMessage().contains("at least 1 step"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NoiseSchedule.of(0.1, 1.0)).getMessage().contains("β_2 = 1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NoiseSchedule.of(Double.NaN)).getMessage().contains("strictly between 0 and 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NoiseSchedule.of(0.0)).getMessage().contains("β_1"));
        NoiseSchedule s = NoiseSchedule.linear(10, 1e-4, 0.02);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.beta(0)).getMessage().contains("outside this schedule's 1..10"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.alphaBar(11)).getMessage().contains("0..10"));
    }
}
