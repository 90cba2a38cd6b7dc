package jielong.exercises.ch20;

import jielong.cost.Flops;
import jielong.cost.ParameterCount;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "training FLOPs of a run")
class TrainingFlopsTest {
    @Test
    @Points(1)
    void byHand() {
        // N = 1,000, 2 layers, context 8, width 4: per token 6,000 + 384 = 6,384 FLOPs; 10 tokens
        Case c = Case.of("trainingFlops(1000, 2, 8, 4, 10)");
        c.expectClose(63_840, c.run(() -> Ch20.trainingFlops(1000, 2, 8, 4, 10)), 1e-9);
    }

    @Test
    @Points(1)
    void asTheToolkitCountsLessonSixsShapes() {
        for (int width : new int[] {16, 48, 128}) {
            GptConfig shape = new GptConfig(256, 64, 2, Math.max(1, width / 16), width, 0f);
            long n = ParameterCount.of(shape).nonEmbedding();
            long tokens = 400_000;
            Case c = Case.of("trainingFlops(" + n + ", 2, 64, " + width + ", " + tokens + ")");
            c.expectRelative(Flops.training(shape, tokens), c.run(() -> Ch20.trainingFlops(n, 2, 64, width, tokens)), 1e-12);
        }
    }
}
