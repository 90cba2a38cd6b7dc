package jielong.exercises.ch11;

import jielong.generate.Sampler;
import jielong.generate.Sampling;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "temperature")
class TemperatureTest {
    /** The toolkit's sampler, which the completions API draws with, is the reference. */
    private static void check(float[] logits, double t) {
        Case c = Case.of("temperatureProbabilities(logits, " + t + ")").input("logits", logits);
        Sampling s = t == 0 ? Sampling.greedy() : Sampling.temperature((float) t);
        c.expectDoubles(Sampler.probabilities(logits, s), c.run(() -> Ch11.temperatureProbabilities(logits, t)), 1e-6);
    }

    @Test
    @Points(1)
    void temperatureOneIsTheSoftmax() {
        check(new float[] {1f, 2f, 3f, 0.5f}, 1);
    }

    @Test
    @Points(1)
    void lowSharpensHighFlattens() {
        check(new float[] {1f, 2f, 3f, 0.5f}, 0.25);
        check(new float[] {1f, 2f, 3f, 0.5f}, 4);
        check(new float[] {900f, 1000f, 999f}, 0.5);
    }

    @Test
    @Points(1)
    void zeroIsGreedy() {
        check(new float[] {0.2f, 3f, 3f, -1f}, 0);
    }
}
