package jielong.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jielong.model.GptConfig;
import jielong.tokenize.CharTokenizer;
import jielong.train.TokenData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep stopped half-way resumes without repeating finished runs, and ends with the same table. */
class SweepResumeTest {
    static final String TEXT = "the cat sat on the mat. the dog sat on the log. ".repeat(60);
    static final TokenData DATA = new TokenData(CharTokenizer.fromText(TEXT).encode(TEXT));
    static final TokenData TRAIN = DATA.head(0.9), VAL = DATA.tail(0.9);

    /** Four runs of 10 or 20 steps each: well under a second apiece. */
    static Sweep tinySweep() {
        GptConfig small = new GptConfig(CharTokenizer.fromText(TEXT).vocabSize(), 8, 1, 1, 8, 0f);
        return Sweep.grid(List.of(small, small.withEmbd(16)), List.of(320L, 640L), 4, 3e-3f, 5);
    }

    /** One run at a time, so the simulated crash comes at a known point. */
    static SweepRunner runner(Path folder) {
        return new SweepRunner(folder, TRAIN, VAL).evalBatches(2).runsAtOnce(1);
    }

    @Test
    void aKilledSweepResumesWithoutRepeatingFinishedRuns(@TempDir Path tmp) {
        Sweep sweep = tinySweep();
        ResultsTable uninterrupted = runner(tmp.resolve("whole")).run(sweep);
        assertEquals(4, uninterrupted.size());

        // Crash right after the second run is safely written.
        Path folder = tmp.resolve("crashed");
        List<String> firstAttempt = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> runner(folder).onRunFinished(r -> {
            firstAttempt.add(r.spec().id());
            if (firstAttempt.size() == 2) throw new IllegalStateException("simulated crash");
        }).run(sweep));
        assertEquals(2, ResultsTable.read(folder).size());

        List<String> secondAttempt = new ArrayList<>();
        ResultsTable resumed = runner(folder).onRunFinished(r -> secondAttempt.add(r.spec().id())).run(sweep);
        assertEquals(2, secondAttempt.size());
        assertTrue(secondAttempt.stream().noneMatch(firstAttempt::contains), "repeated: " + secondAttempt);
        assertEquals(withoutWallTime(uninterrupted), withoutWallTime(resumed));
        assertEquals(uninterrupted.curves().toString(), resumed.curves().toString());
    }

    @Test
    void runsSideBySideGiveTheSameTable(@TempDir Path tmp) {
        Sweep sweep = tinySweep();
        ResultsTable inTurn = runner(tmp.resolve("in-turn")).run(sweep);
        ResultsTable sideBySide = runner(tmp.resolve("side-by-side")).runsAtOnce(2).run(sweep);
        assertEquals(withoutWallTime(inTurn), withoutWallTime(sideBySide));
    }

    @Test
    void shardsSplitTheRunsAndTheFolderMergesThem(@TempDir Path folder) {
        Sweep sweep = tinySweep();
        ResultsTable first = runner(folder).shard(Shard.parse("1/2")).run(sweep);
        assertEquals(2, first.size());
        assertTrue(Files.exists(folder.resolve("results-shard-1-of-2.csv")));
        ResultsTable both = runner(folder).shard(Shard.parse("2/2")).run(sweep);
        assertEquals(4, both.size());
        assertEquals(sweep.runs().stream().map(RunSpec::id).sorted().toList(), both.ids().stream().sorted().toList());
    }

    @Test
    void shardTextIsCheckedAndRunsAreDealtInTurn() {
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/2"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("two of four"));
        Shard s = Shard.parse("2/3");
        assertTrue(s.owns(1) && s.owns(4) && !s.owns(0) && !s.owns(2));
    }

    /** Every column of the table but wall time, which differs between any two runs. */
    private static String withoutWallTime(ResultsTable t) {
        return t.table().removeColumns("wall_s").print(100);
    }
}
