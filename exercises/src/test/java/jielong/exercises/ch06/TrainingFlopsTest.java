package jielong.exercises.ch06;

import jielong.cost.Flops;
import jielong.cost.ParameterCount;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "training FLOPs of a run")
class TrainingFlopsTest {
    /** The toolkit's count is the reference. */
    private static void check(GptConfig shape, long tokens) {
        long n = ParameterCount.of(shape).nonEmbedding();
        Case c = Case.of("trainingFlops(" + n + ", " + tokens + ", " + shape.nLayer() + ", " + shape.blockSize() + ", "
                + shape.nEmbd() + ")");
        double got = c.run(() -> Ch06.trainingFlops(n, tokens, shape.nLayer(), shape.blockSize(), shape.nEmbd()));
        c.expectRelative(Flops.training(shape, tokens), got, 1e-9);
    }

    @Test
    @Points(1)
    void aTinyModel() {
        check(new GptConfig(65, 16, 2, 2, 32, 0f), 1000);
    }

    @Test
    @Points(1)
    void theLessonsShapes() {
        check(new GptConfig(256, 64, 2, 1, 16, 0f), 250_000);
        check(new GptConfig(256, 64, 2, 4, 64, 0f), 4_000_000);
    }

    @Test
    @Points(1)
    void gpt3sTrainingRunDoesNotOverflow() {
        check(GptConfig.gpt3(), 300_000_000_000L); // 300 B tokens: about 3.1e23 FLOPs
    }
}
