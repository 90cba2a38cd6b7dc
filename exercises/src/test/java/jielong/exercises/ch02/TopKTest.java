package jielong.exercises.ch02;

import org.junit.jupiter.api.Test;

import jielong.generate.Sampler;
import jielong.generate.Sampling;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 3, title = "top-k")
class TopKTest {
    private static void check(float[] logits, int k) {
        double[] p = Sampler.probabilities(logits, Sampling.temperature(1f));
        double[] want = Sampler.probabilities(logits, Sampling.temperature(1f).withTopK(k));
        Case c = Case.of("topK(probabilities, " + k + ")").input("probabilities", p);
        c.expectDoubles(want, c.run(() -> Ch02.topK(p, k)), 1e-9);
    }

    @Test
    @Points(1)
    void keepsTheTwoMostLikely() {
        check(new float[] {1f, 3f, 0f, 2f, -1f}, 2);
    }

    @Test
    @Points(1)
    void kOfOneIsGreedy() {
        check(new float[] {0.3f, -2f, 1.7f, 1.6f}, 1);
    }

    @Test
    @Points(1)
    void kLargerThanTheVocabularyKeepsEverything() {
        check(new float[] {0.5f, 0.25f, 0.125f}, 10);
    }
}
