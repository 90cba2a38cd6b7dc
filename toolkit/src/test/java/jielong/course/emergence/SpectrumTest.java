package jielong.course.emergence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;

/** The spectrum of embeddings built from known waves, and of random ones. */
class SpectrumTest {
    @Test
    void wavesOfKnownFrequencyAndAmplitude() {
        int p = 31, w = 3;
        float[] e = new float[p * w];
        for (int a = 0; a < p; a++) {
            e[a * w] = (float) (Math.cos(2 * Math.PI * 3 * a / p) + 7); // the constant 7 is left out
            e[a * w + 1] = (float) (0.5 * Math.sin(2 * Math.PI * 5 * a / p));
            e[a * w + 2] = (float) (0.5 * Math.cos(2 * Math.PI * 5 * a / p + 1));
        }
        double[] power = Spectrum.power(Tensor.of(e, p, w));
        assertEquals(15, power.length);
        // Power goes as amplitude squared: 1 at k = 3, 0.25 + 0.25 at k = 5.
        assertEquals(1 / 1.5, power[2], 1e-5);
        assertEquals(0.5 / 1.5, power[4], 1e-5);
        assertArrayEquals(new int[] {3, 5}, Spectrum.strongest(power, 2));
        assertEquals(1, Spectrum.topShare(power, 2), 1e-5);
    }

    @Test
    void randomEmbeddingsSpreadTheirPower() {
        Random rng = new Random(1);
        int p = 53, w = 64;
        float[] e = new float[p * w];
        for (int i = 0; i < e.length; i++) e[i] = (float) rng.nextGaussian();
        double[] power = Spectrum.power(Tensor.of(e, p, w));
        double sum = 0;
        for (double x : power) sum += x;
        assertEquals(1, sum, 1e-9);
        assertTrue(Spectrum.topShare(power, 3) < 0.25, "three of 26 frequencies hold about 3/26 of random power");
    }

    @Test
    void aVectorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Spectrum.power(Tensor.of(new float[5], 5)));
    }
}
