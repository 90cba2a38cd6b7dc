package jielong.engine;

/**
 * exp and tanh in float32 from additions and multiplications only (Cephes' expf polynomial), so
 * that the Vector API kernels and plain Java compute the same function, and every run gives the
 * same bits whether the JIT has compiled the code yet or not. (The Vector API's own EXP and TANH
 * return different bits before and after compilation, which would break exact resume.)
 * Relative error about 2e-7 on the range the engine uses.
 */
final class FastMath {
    static final float LOG2E = 1.44269504088896341f;
    static final float LN2_HI = 0.693359375f, LN2_LO = -2.12194440e-4f;
    static final float P0 = 1.9875691500e-4f, P1 = 1.3981999507e-3f, P2 = 8.3334519073e-3f,
            P3 = 4.1665795894e-2f, P4 = 1.6666665459e-1f, P5 = 5.0000001201e-1f;
    static final float MAX_X = 88.3762626647949f, MIN_X = -87.3365447504019f;
    /** 1.5·2²³: adding it rounds a float to an integer held in the low mantissa bits. */
    static final float ROUNDER = 12582912f;

    private FastMath() {}

    static float exp(float x) {
        x = Math.min(MAX_X, Math.max(MIN_X, x));
        float shifted = Math.fma(x, LOG2E, ROUNDER);
        float n = shifted - ROUNDER;
        float r = Math.fma(n, -LN2_HI, x);
        r = Math.fma(n, -LN2_LO, r);
        float p = Math.fma(P0, r, P1);
        p = Math.fma(p, r, P2);
        p = Math.fma(p, r, P3);
        p = Math.fma(p, r, P4);
        p = Math.fma(p, r, P5);
        float y = Math.fma(p, r * r, r) + 1f;
        int bits = Float.floatToRawIntBits(shifted) - Float.floatToRawIntBits(ROUNDER);
        return y * Float.intBitsToFloat((bits + 127) << 23);
    }

    static float tanh(float x) {
        return 1f - 2f / (exp(2f * x) + 1f);
    }
}
