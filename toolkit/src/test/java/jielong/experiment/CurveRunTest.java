package jielong.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jielong.engine.Ops;
import jielong.model.EmbeddingMlp;
import jielong.train.BatchSource;
import jielong.train.Objective;
import jielong.train.TrainConfig;

/** A run stopped half-way and started again gives the uninterrupted run's curve and weights, bit for bit. */
class CurveRunTest {
    private static final int[] INPUTS = {0, 1, 2, 3, 4, 0, 1, 4, 3, 2};
    private static final int[] LABELS = {1, 0, 4, 2, 3};
    private static final TrainConfig CONFIG = new TrainConfig(40, 5, 1e-2f, 1e-2f, 5, 0.5f, 0.9f, 0.98f, 0f, 0, 1, 10, 3);

    private static CurveRun.Curve run(Path dir, EmbeddingMlp m, int failAt) {
        Objective<int[]> loss = (x, rng) -> Ops.crossEntropy(m.forward(x), LABELS);
        BatchSource<int[]> all = (rng, n) -> INPUTS;
        return CurveRun.run(dir, "tiny", m, loss, all, CONFIG, CurveRun.every(5, 40), List.of("norm", "step_twice"),
                step -> new double[] {m.weightNorm(), 2 * step}, p -> {
                    if (p.step() == failAt) throw new IllegalStateException("the notebook was closed");
                });
    }

    @Test
    void anInterruptedRunResumesToTheSameNumbers(@TempDir Path a, @TempDir Path b) throws Exception {
        EmbeddingMlp straight = new EmbeddingMlp(5, 2, 4, 8, 5, 1);
        CurveRun.Curve whole = run(a, straight, -1);
        assertEquals(9, whole.rows().size()); // steps 0, 5, ..., 40
        assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50, 60, 70, 80}, whole.column("step_twice"));

        EmbeddingMlp first = new EmbeddingMlp(5, 2, 4, 8, 5, 1);
        assertThrows(IllegalStateException.class, () -> run(b, first, 27));
        assertTrue(Files.exists(b.resolve("tiny.ckpt")) && Files.readAllLines(b.resolve("tiny.csv")).size() > 1);
        EmbeddingMlp resumed = new EmbeddingMlp(5, 2, 4, 8, 5, 1);
        CurveRun.Curve again = run(b, resumed, -1);
        assertEquals(whole.rows().size(), again.rows().size());
        for (int i = 0; i < whole.rows().size(); i++) assertArrayEquals(whole.rows().get(i), again.rows().get(i), 1e-7, "row " + i);
        assertArrayEquals(straight.tokenEmbeddings().data, resumed.tokenEmbeddings().data);
        assertEquals(40, again.steps()[again.steps().length - 1]);
    }

    @Test
    void logSpacedStepsStartAtZeroAndEndAtTheLast() {
        int[] s = CurveRun.logSpaced(3_000, 40);
        assertEquals(0, s[0]);
        assertEquals(1, s[1]);
        assertEquals(3_000, s[s.length - 1]);
        for (int i = 1; i < s.length; i++) assertTrue(s[i] > s[i - 1]);
        assertArrayEquals(new int[] {0, 4, 8, 10}, CurveRun.every(4, 10));
    }

    @Test
    void aBadIdOrAMeasurementOfTheWrongWidthIsRefused(@TempDir Path dir) {
        EmbeddingMlp m = new EmbeddingMlp(5, 2, 4, 8, 5, 1);
        Objective<int[]> loss = (x, rng) -> Ops.crossEntropy(m.forward(x), LABELS);
        BatchSource<int[]> all = (rng, n) -> INPUTS;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CurveRun.run(dir, "a/b", m, loss, all, CONFIG,
                new int[] {40}, List.of("x"), s -> new double[] {1}, null)).getMessage().contains("run id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CurveRun.run(dir, "w", m, loss, all, CONFIG,
                new int[] {0}, List.of("x"), s -> new double[] {1, 2}, null)).getMessage().contains("2 values for 1 columns"));
    }
}
