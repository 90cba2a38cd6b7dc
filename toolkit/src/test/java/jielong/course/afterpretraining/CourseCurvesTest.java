package jielong.course.afterpretraining;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jielong.cost.ParameterCount;
import jielong.course.emergence.EmergenceLesson;
import jielong.course.reasoning.Format;
import jielong.course.reasoning.ReasoningLesson;
import jielong.course.reasoning.ScratchpadAddition;
import jielong.course.reasoning.Trips;
import jielong.experiment.ComputeTable;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading lessons 07, 17 and 18 onto the compute axis from fixture folders laid out as those lessons
 * write them, with FLOPs checked against Kaplan's count done by hand.
 */
class CourseCurvesTest {
    @TempDir
    Path dir;

    /** A lesson 18 run as its notebook writes {@code compute.csv}. */
    static final String COMPUTE_CSV = """
            stage,flops,metric,value
            pretraining,2.0e12,accuracy,0.10
            sft,0,accuracy,0.10
            sft,1.0e11,accuracy,0.30
            reward-model,5.0e10,accuracy,0.80
            rl-beta-0.1,0,accuracy,0.30
            rl-beta-0.1,4.0e11,accuracy,0.55
            rl-beta-0.1,4.0e11,kl,2.5
            dpo,3.0e11,accuracy,0.50
            """;

    static LessonRuns.Found found(String lesson, Path folder, boolean fast) {
        return new LessonRuns.Found(lesson, LessonRuns.Status.FOUND, folder, fast, "found");
    }

    @Test
    void flopsPerStepIsKaplansCountOverRowsOfTheFullContext() {
        GptConfig shape = new GptConfig(40, 128, 2, 4, 64, 0f);
        long n = ParameterCount.of(shape).nonEmbedding();
        double byHand = (6.0 * n + 6.0 * 2 * 128 * 64) * 16 * 128;
        assertEquals(byHand, CourseCurves.flopsPerStep(shape, 16), 1e-6 * byHand);
    }

    @Test
    void postTrainingStartsWhereItsBaseModelsPretrainingEnded() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("18"));
        Files.writeString(folder.resolve("compute.csv"), COMPUTE_CSV);
        ComputeTable t = CourseCurves.postTraining(found("18-post-training", folder, true));
        assertEquals(2e12, CourseCurves.baseCost(t));
        List<ComputeTable.Series> acc = t.series(CourseCurves.ACCURACY);
        assertEquals(List.of("pretraining", "sft", "reward-model", "rl-beta-0.1", "dpo"), acc.stream().map(ComputeTable.Series::name).toList());
        assertArrayEquals(new double[] {2e12}, acc.get(0).flops());
        assertArrayEquals(new double[] {2e12, 2.1e12}, acc.get(1).flops(), 1);
        assertArrayEquals(new double[] {2e12, 2.4e12}, acc.get(3).flops(), 1);
        assertEquals("the costliest stage (rl-beta-0.1) used 20.0% of the pre-training compute", CourseReport.postShare(t));
        assertTrue(CourseCurves.postTraining(new LessonRuns.Found("18-post-training", LessonRuns.Status.ABSENT, null, true, "absent")).isEmpty());
    }

    @Test
    void lessonSevensFamilyIsReadByWidthAtItsCompute() throws Exception {
        var recipe = EmergenceLesson.family(true);
        Path add = Files.createDirectories(dir.resolve("07").resolve("addition"));
        for (int w : recipe.widths()) {
            Files.writeString(add.resolve(recipe.id(w) + ".csv"), "step,exact_match,loss_nats\n" + recipe.steps() + "," + (w / 100.0) + ",1.0\n");
        }
        assertTrue(AfterPretrainingLesson.familyDone(dir.resolve("07"), true));
        assertTrue(!AfterPretrainingLesson.familyDone(dir.resolve("07"), false)); // full mode's family has other widths
        ComputeTable t = CourseCurves.emergence(found("07-emergence", dir.resolve("07"), true));
        List<ComputeTable.Series> s = t.series(CourseCurves.EXACT_MATCH);
        assertEquals(recipe.widths().size(), s.size());
        int w = recipe.widths().get(1);
        assertEquals("width " + w, s.get(1).name());
        assertEquals(recipe.steps() * CourseCurves.flopsPerStep(recipe.shape(w), recipe.batchSize()), s.get(1).flops()[0], 1);
        assertEquals(w / 100.0, s.get(1).last());
    }

    @Test
    void lessonSeventeensTripsAndSumsAreReadByFormat() throws Exception {
        var trips = ReasoningLesson.trips(true);
        var adding = ReasoningLesson.addition(true);
        Path f = dir.resolve("17");
        Files.createDirectories(f.resolve("trips"));
        Files.createDirectories(f.resolve("addition"));
        for (Format fmt : Format.values()) {
            double two = fmt == Format.STEPS ? 0.9 : 0.3;
            Files.writeString(f.resolve("trips").resolve(trips.id(fmt) + ".csv"),
                    "step,one_leg,two_legs,three_legs,faster,hours\n" + trips.steps() + ",1,"  + two + ",0,0,0\n");
            for (int size : adding.sizes()) {
                Files.writeString(f.resolve("addition").resolve(adding.id(fmt, size) + ".csv"), "step,exact_match\n0,0\n" + adding.steps() + "," + two + "\n");
            }
        }
        assertTrue(AfterPretrainingLesson.reasoningDone(f, true));
        ComputeTable t = CourseCurves.reasoning(found("17-chain-of-thought", f, true));
        ComputeTable.Series steps = t.series("two_legs").stream().filter(s -> s.name().equals(CourseCurves.tripCurve(Format.STEPS))).findFirst().orElseThrow();
        GptConfig shape = trips.shape(Trips.tokenizer().vocabSize());
        assertEquals(trips.steps() * CourseCurves.flopsPerStep(shape, trips.batchSize()), steps.flops()[0], 1);
        assertEquals(0.9, steps.last());
        GptConfig sums = adding.shape(ScratchpadAddition.tokenizer().vocabSize());
        ComputeTable.Series plain = t.series(CourseCurves.EXACT_MATCH).get(0);
        assertArrayEquals(new double[] {0, adding.steps() * CourseCurves.flopsPerStep(sums, adding.batchSize())}, plain.flops(), 1);
        assertEquals(2 * adding.sizes().size(), t.series(CourseCurves.EXACT_MATCH).size());
    }
}
