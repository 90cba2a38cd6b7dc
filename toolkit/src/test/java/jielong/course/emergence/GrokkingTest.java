package jielong.course.emergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split covers every pair once with the right labels; a run measures what it says; settings are checked. */
class GrokkingTest {
    @Test
    void theSplitCoversEveryPairOnceWithItsSum() {
        int p = 13;
        Grokking.Split s = Grokking.split(p, 0.3, 4);
        assertEquals(Math.round(0.3 * p * p), s.trainSize());
        assertEquals(p * p, s.trainSize() + s.valSize());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < s.trainSize(); i++) {
            assertTrue(seen.add(s.trainInputs()[2 * i] * p + s.trainInputs()[2 * i + 1]));
            assertEquals((s.trainInputs()[2 * i] + s.trainInputs()[2 * i + 1]) % p, s.trainLabels()[i]);
        }
        for (int i = 0; i < s.valSize(); i++) {
            assertTrue(seen.add(s.valInputs()[2 * i] * p + s.valInputs()[2 * i + 1]), "a validation pair is also a training pair");
            assertEquals((s.valInputs()[2 * i] + s.valInputs()[2 * i + 1]) % p, s.valLabels()[i]);
        }
        assertEquals(p * p, seen.size());
    }

    @Test
    void stepsToGeneraliseIsTheFirstStepAtTheMark() {
        double[] steps = {0, 10, 100, 1000}, acc = {0.01, 0.2, 0.96, 0.99};
        assertEquals(100, Grokking.stepsToGeneralise(steps, acc, 0.95));
        assertEquals(-1, Grokking.stepsToGeneralise(steps, acc, 0.995));
        assertThrows(IllegalArgumentException.class, () -> Grokking.stepsToGeneralise(steps, new double[] {1}, 0.5));
    }

    @Test
    void aShortRunFitsItsTrainingPairsAndMeasuresThemRight(@TempDir Path dir) {
        Grokking.Setting s = new Grokking.Setting(11, 0.5, 1f, 1e-2f, 200, 8, 32, 1);
        Grokking.Run run = Grokking.run(dir, s, null);
        assertEquals(1.0, run.curve().last("train_accuracy"), 1e-12, "200 full-batch steps memorise 60 pairs");
        double[] again = Grokking.measure(run.model(), Grokking.split(11, 0.5, 1));
        assertEquals(run.curve().last("val_accuracy"), again[1], 1e-12);
        assertEquals(run.model().weightNorm(), run.curve().last("weight_norm"), 1e-6);
        assertTrue(run.stepsToMemorise() > 0 && run.stepsToMemorise() <= 200);
        Grokking.Run loaded = Grokking.run(dir, s, p -> { throw new AssertionError("a finished run is loaded, not trained"); });
        assertEquals(run.curve().rows().size(), loaded.curve().rows().size());
        assertEquals(run.model().weightNorm(), loaded.model().weightNorm(), 1e-9);
    }

    @Test
    void runIdsNameTheSettingsAsWritten() {
        assertEquals("p53-f0.5-wd0.1-lr0.01-s2000-w32-h128-seed1", new Grokking.Setting(53, 0.5, 0.1f, 1e-2f, 2000, 32, 128, 1).id());
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Grokking.Setting(12, 0.5, 1f, 1e-2f, 10, 8, 8, 1))
                .getMessage().contains("prime"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Grokking.Setting(13, 1.0, 1f, 1e-2f, 10, 8, 8, 1))
                .getMessage().contains("between 0 and 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Grokking.Setting(13, 0.5, Float.NaN, 1e-2f, 10, 8, 8, 1))
                .getMessage().contains("weight decay"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Grokking.split(13, 0.001, 1))
                .getMessage().contains("no training"));
    }
}
