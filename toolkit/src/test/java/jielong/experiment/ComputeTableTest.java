package jielong.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compute table: each reader against hand-written fixture files, the frontier against a brute
 * force over random points, a write-read round trip bit for bit, and bad files refused by line.
 */
class ComputeTableTest {
    @TempDir
    Path dir;

    @Test
    void aStageFileBecomesOneCurvePerStage() throws Exception {
        Path csv = Files.writeString(dir.resolve("compute.csv"), """
                stage,flops,metric,value
                pretraining,1.5e12,accuracy,0.20
                sft,1e10,accuracy,0.35
                sft,2e10,accuracy,0.40
                rl-beta-0.1,5e9,reward,0.1
                rl-beta-0.1,5e9,accuracy,0.45
                """);
        ComputeTable t = ComputeTable.fromStageCsv("18-post-training", csv);
        assertEquals(5, t.size());
        List<ComputeTable.Series> acc = t.series("accuracy");
        assertEquals(List.of("pretraining", "sft", "rl-beta-0.1"), acc.stream().map(ComputeTable.Series::name).toList());
        assertArrayEquals(new double[] {1e10, 2e10}, acc.get(1).flops());
        assertArrayEquals(new double[] {0.35, 0.40}, acc.get(1).values());
        assertEquals(0.1, t.series("reward").get(0).last());
        assertEquals("18-post-training", t.points().get(0).lesson());
    }

    @Test
    void aStepFileCountsComputeAsStepsTimesFlopsPerStep() throws Exception {
        Path csv = Files.writeString(dir.resolve("run.csv"), "step,exact_match,loss_nats\n0,0.0,2.5\n100,0.25,1.5\n200,0.5,1.0\n");
        ComputeTable t = ComputeTable.fromStepCsv("07-emergence", "width 8", csv, 3e6);
        assertEquals(6, t.size());
        assertArrayEquals(new double[] {0, 3e8, 6e8}, t.series("exact_match").get(0).flops());
        assertArrayEquals(new double[] {2.5, 1.5, 1.0}, t.series("loss_nats").get(0).values());
    }

    @Test
    void aSweepGivesEachRunItsValidationCurveAtItsShareOfTheCompute() {
        GptConfig shape = new GptConfig(256, 64, 2, 1, 16, 0f);
        RunSpec spec = new RunSpec("L2-d16", shape, 64_000, 16, 3e-3f, 1);
        RunResult run = new RunResult(spec, 2.0, 1.9, 1.0, List.of(new RunResult.CurvePoint(0, 5.5, 5.5),
                new RunResult.CurvePoint(spec.steps() / 2, 3.0, Double.NaN), new RunResult.CurvePoint(spec.steps(), 2.0, 1.9)));
        ComputeTable t = ComputeTable.fromSweep("06-scaling-laws", new ResultsTable(List.of(run)));
        ComputeTable.Series s = t.series("val_loss").get(0);
        assertArrayEquals(new double[] {0, spec.flops()}, s.flops(), 1e-3); // the point without an evaluation is left out
        assertArrayEquals(new double[] {5.5, 1.9}, s.values());
        assertEquals(run.flops(), spec.flops());
    }

    @Test
    void theFrontierKeepsEveryPointThatBeatsAllCheaperOnes() {
        Random rng = new Random(20);
        List<ComputePoint> pts = new ArrayList<>();
        for (int i = 0; i < 200; i++) pts.add(new ComputePoint("06", "run" + (i % 7), Math.exp(20 + 10 * rng.nextDouble()), "val_loss", 1 + 3 * rng.nextDouble()));
        ComputeTable.Series f = new ComputeTable(pts).frontier("val_loss", true);
        // brute force: a point is on the frontier when no point of less or equal compute has a lower or equal loss before it
        List<ComputePoint> want = pts.stream().filter(p -> pts.stream().noneMatch(q -> q != p && q.flops() <= p.flops() && q.value() <= p.value()))
                .sorted((a, b) -> Double.compare(a.flops(), b.flops())).toList();
        assertArrayEquals(want.stream().mapToDouble(ComputePoint::flops).toArray(), f.flops());
        for (int i = 1; i < f.size(); i++) assertTrue(f.values()[i] < f.values()[i - 1]);
        ComputeTable.Series up = new ComputeTable(pts).frontier("val_loss", false);
        for (int i = 1; i < up.size(); i++) assertTrue(up.values()[i] > up.values()[i - 1]);
    }

    @Test
    void writeThenReadGivesTheSameTable() {
        Random rng = new Random(3);
        List<ComputePoint> pts = new ArrayList<>();
        for (int i = 0; i < 50; i++) pts.add(new ComputePoint("17-chain-of-thought", "sums-" + (i % 3), rng.nextDouble() * 1e15, "exact_match", rng.nextGaussian()));
        ComputeTable t = new ComputeTable(pts);
        Path csv = dir.resolve("sub").resolve("compute.csv");
        t.write(csv);
        assertEquals(pts, ComputeTable.read(csv).points());
    }

    @Test
    void badFilesAreRefusedSayingWhereAndWhat() throws Exception {
        Path header = Files.writeString(dir.resolve("a.csv"), "stage,flop,metric,value\nsft,1,accuracy,0.5\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComputeTable.fromStageCsv("18", header)).getMessage()
                .contains("expected 'stage,flops,metric,value'"));
        Path word = Files.writeString(dir.resolve("b.csv"), "stage,flops,metric,value\nsft,lots,accuracy,0.5\n");
        String m = assertThrows(IllegalArgumentException.class, () -> ComputeTable.fromStageCsv("18", word)).getMessage();
        assertTrue(m.contains("line 2") && m.contains("'lots' is not a number"), m);
        Path nan = Files.writeString(dir.resolve("c.csv"), "stage,flops,metric,value\nrl-beta-1,1e9,loss,NaN\n");
        m = assertThrows(IllegalArgumentException.class, () -> ComputeTable.fromStageCsv("18", nan)).getMessage();
        assertTrue(m.contains("rl-beta-1") && m.contains("NaN") && m.contains("diverged"), m);
        Path negative = Files.writeString(dir.resolve("d.csv"), "stage,flops,metric,value\nsft,-5,accuracy,0.5\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComputeTable.fromStageCsv("18", negative)).getMessage().contains("at least 0"));
        Path fields = Files.writeString(dir.resolve("e.csv"), "step,exact_match\n100\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComputeTable.fromStepCsv("07", "w", fields, 1)).getMessage()
                .contains("1 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComputeTable.fromStepCsv("07", "w", dir.resolve("none.csv"), 1))
                .getMessage().contains("no file"));
        Path empty = Files.writeString(dir.resolve("f.csv"), "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComputeTable.read(empty)).getMessage().contains("is empty"));
        assertThrows(IllegalArgumentException.class, () -> ComputeTable.fromStepCsv("07", "w", header, 0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ComputePoint("06", "a,b", 1, "loss", 1)).getMessage()
                .contains("without commas"));
    }
}
