package jielong.exercises.ch02;

import org.junit.jupiter.api.Test;

import jielong.generate.Sampler;
import jielong.generate.Sampling;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 4, title = "top-p (nucleus)")
class TopPTest {
    private static void check(float[] logits, float topP) {
        double[] p = Sampler.probabilities(logits, Sampling.temperature(1f));
        double[] want = Sampler.probabilities(logits, Sampling.temperature(1f).withTopP(topP));
        Case c = Case.of("topP(probabilities, " + topP + ")").input("probabilities", p);
        c.expectDoubles(want, c.run(() -> Ch02.topP(p, topP)), 1e-9);
    }

    @Test
    @Points(2)
    void keepsTheNucleus() {
        check(new float[] {2f, 1f, 0.5f, -1f, 3f, 0f}, 0.8f);
    }

    @Test
    @Points(1)
    void aSmallPKeepsOnlyTheMostLikely() {
        check(new float[] {0.1f, 4f, 0.2f}, 0.05f);
    }

    @Test
    @Points(1)
    void pOfOneKeepsEverything() {
        check(new float[] {1f, 2f, 3f}, 1f);
    }
}
