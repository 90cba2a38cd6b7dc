package jielong.exercises.ch16;

import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.quant.Quantizer;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "int8 absmax round trip")
class Int8RoundTripTest {
    private static void check(float[] w) {
        Case c = Case.of("int8RoundTrip(w)").input("w", w);
        float[] want = Quantizer.int8PerTensor().quantize(w, 1, w.length).dequantize();
        c.expectFloats(want, c.run(() -> Ch16.int8RoundTrip(w)), 1e-6);
    }

    @Test
    @Points(1)
    void fourWeightsByHand() {
        // absmax 2.54: scale 0.02, codes 5, -127, 1, 50
        Case c = Case.of("int8RoundTrip([0.1, -2.54, 0.011, 1.0])");
        c.expectFloats(new float[] {0.1f, -2.54f, 0.02f, 1.0f}, c.run(() -> Ch16.int8RoundTrip(new float[] {0.1f, -2.54f, 0.011f, 1.0f})), 1e-6);
    }

    @Test
    @Points(1)
    void allZerosStayZeros() {
        Case c = Case.of("int8RoundTrip([0, 0, 0])");
        c.expectFloats(new float[3], c.run(() -> Ch16.int8RoundTrip(new float[3])), 0);
    }

    @Test
    @Points(1)
    void randomWeightsWithinHalfAStep() {
        Random rng = new Random(16);
        float[] w = new float[300];
        for (int i = 0; i < w.length; i++) w[i] = (float) (0.05 * rng.nextGaussian());
        check(w);
    }
}
