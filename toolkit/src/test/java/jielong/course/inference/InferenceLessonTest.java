package jielong.course.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jielong.cost.Sensitivity;
import jielong.cost.ServingEstimate;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The lesson's fixed choices and tables: the essay check's figures, the base case's order of magnitude, the ladders. */
class InferenceLessonTest {
    @Test
    void theEssayCheckSaysWhatTheIssueWorkedOut() {
        Table t = InferenceTables.essayCheck();
        String all = t.print();
        assertTrue(all.contains("3,798 × 8 = 30,384"), all);
        assertTrue(all.contains("592,488 kWh"), all);
        assertTrue(all.contains("$47,399"), all);
        assertTrue(all.contains("6.33×"), all);
    }

    @Test
    void theBaseCaseLandsAtTheEssaysOrderOfMagnitude() {
        ServingEstimate e = ServingEstimate.of(InferenceLesson.chatGpt2023());
        assertTrue(e.gpus() > 3_000 && e.gpus() < 300_000, "GPUs " + e.gpus());
        assertTrue(e.electricityPerDay() > 5_000 && e.electricityPerDay() < 500_000, "$ " + e.electricityPerDay());
        assertTrue(e.memoryBound(), "decoding a 175 B model at batch 16 is memory-bound");
        assertEquals(8, e.gpusPerCopy());
        assertTrue(e.gpusByFlops() < e.gpus(), "counting FLOPs alone gives fewer GPUs");
        Sensitivity.Result r = Sensitivity.of(InferenceLesson.chatGpt2023(), a -> ServingEstimate.of(a).electricityPerDay(), InferenceLesson.knobs());
        assertEquals(InferenceLesson.knobs().size(), r.swings().size());
        assertEquals(e.electricityPerDay(), r.base(), 1e-9);
        for (Sensitivity.Swing s : r.swings()) assertTrue(s.atLow() > 0 && s.atHigh() > 0, s.toString());
    }

    @Test
    void laddersGrowAndFitTheirModels() {
        int[] fast = InferenceLesson.contexts(true);
        assertArrayEquals(new int[] {16, 32, 64, 128, 256, 504}, fast);
        int[] full = InferenceLesson.contexts(false);
        assertEquals(1016, full[full.length - 1]);
        List<GptConfig> shapes = InferenceLesson.decodeShapes(false);
        for (int i = 1; i < shapes.size(); i++) {
            assertTrue(jielong.cost.ParameterCount.of(shapes.get(i)).total() > jielong.cost.ParameterCount.of(shapes.get(i - 1)).total());
        }
        assertTrue(InferenceLesson.decodeShapes(true).size() < shapes.size());
    }

    @Test
    void measurementsAreSavedAsCsv(@TempDir Path dir) throws Exception {
        GptConfig tiny = new GptConfig(32, 24, 1, 1, 16, 0f);
        List<Measurements.KvPoint> kv = Measurements.kvCache(tiny, new int[] {4, 16}, 1, 1, dir);
        assertEquals(2, kv.size());
        assertEquals(3, Files.readAllLines(dir.resolve("kv-cache.csv")).size());
        List<Measurements.DecodePoint> d = Measurements.decode(List.of(tiny), 1, 1, dir);
        assertEquals(4L * jielong.cost.ParameterCount.of(tiny).total(), d.get(0).bytes());
        assertTrue(Files.readString(dir.resolve("decode.csv")).startsWith("layers,width,bytes,"));
        Measurements.Generation g = Measurements.generation(new jielong.model.Gpt(tiny, 1), new int[] {1, 2}, 30, 3);
        assertTrue(g.sameTokens(), "the cache must not change the tokens");
    }
}
