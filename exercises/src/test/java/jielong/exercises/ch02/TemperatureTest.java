package jielong.exercises.ch02;

import org.junit.jupiter.api.Test;

import jielong.generate.Sampler;
import jielong.generate.Sampling;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 2, title = "softmax with a temperature")
class TemperatureTest {
    static final float[] LOGITS = {2f, 1f, 0.5f, -1f, 3f};

    /** The toolkit's own sampler is the reference. */
    private static void check(float[] logits, float temperature) {
        Case c = Case.of("withTemperature(logits, " + temperature + ")").input("logits", logits);
        double[] want = Sampler.probabilities(logits, Sampling.temperature(temperature));
        c.expectDoubles(want, c.run(() -> Ch02.withTemperature(logits, temperature)), 1e-9);
    }

    @Test
    @Points(1)
    void temperatureOneIsPlainSoftmax() {
        check(LOGITS, 1f);
    }

    @Test
    @Points(1)
    void lowTemperatureSharpens() {
        check(LOGITS, 0.25f);
    }

    @Test
    @Points(1)
    void highTemperatureFlattensWithoutOverflow() {
        check(new float[] {800f, 790f, 100f}, 2f);
    }
}
