package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class FastMathTest {
    @Test
    void expIsAccurateOverTheRangeSoftmaxUses() {
        for (float x = -87f; x <= 88f; x += 0.01f) {
            double exact = Math.exp(x);
            assertEquals(exact, FastMath.exp(x), 4e-7 * exact, "exp(" + x + ")");
        }
        assertEquals(1f, FastMath.exp(0f));
    }

    @Test
    void tanhIsAccurate() {
        for (float x = -12f; x <= 12f; x += 0.003f) assertEquals(Math.tanh(x), FastMath.tanh(x), 3e-7, "tanh(" + x + ")");
    }

    @Test
    void everyKernelSetComputesTheSameExponentials() {
        Random rng = new Random(1);
        float[] a = new float[1000];
        for (int i = 0; i < a.length; i++) a[i] = (float) (rng.nextGaussian() * 20);
        float[] v = a.clone(), s = a.clone();
        Kernels.CHOSEN.expShifted(v, 0, v.length, 3f);
        new ScalarKernels().expShifted(s, 0, s.length, 3f);
        for (int i = 0; i < a.length; i++) assertEquals(s[i], v[i], "lane " + i + " must match bit for bit");
    }
}
