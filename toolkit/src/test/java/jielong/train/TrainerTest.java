package jielong.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jielong.model.Gpt;
import jielong.model.GptConfig;

class TrainerTest {
    static final GptConfig SHAPE = new GptConfig(11, 16, 2, 2, 32, 0f);
    static final TrainConfig CONFIG = TrainConfig.defaults().withIters(8).withBatchSize(4).withWarmup(2)
            .withEval(4, 2).withCheckpointEvery(4).withSeed(21);

    @TempDir
    Path dir;

    /** A text with structure (a repeating pattern with noise), so losses fall. */
    static TokenData data(int n, long seed) {
        Random rng = new Random(seed);
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = rng.nextInt(10) == 0 ? rng.nextInt(11) : (i * 3) % 11;
        return new TokenData(t);
    }

    @Test
    void resumeRepeatsAnUninterruptedRunExactly() throws IOException {
        TokenData train = data(2000, 1), val = data(500, 2);
        Trainer straight = new Trainer(new Gpt(SHAPE, CONFIG.seed()), train, val, CONFIG);
        Trainer.Result all = straight.run();

        Path ckpt = dir.resolve("ckpt.bin");
        Trainer first = new Trainer(new Gpt(SHAPE, CONFIG.seed()), train, val, CONFIG).checkpointTo(ckpt);
        first.onProgress(p -> { if (p.step() == 4) first.stop(); });
        Trainer.Result half = first.run();
        assertTrue(half.stoppedEarly());
        assertEquals(4, half.lastStep());

        Trainer resumed = Trainer.resume(ckpt, train, val);
        assertEquals(4, resumed.step());
        Trainer.Result rest = resumed.run();
        assertEquals(5, rest.firstStep());

        float[] joined = new float[8];
        System.arraycopy(half.losses(), 0, joined, 0, 4);
        System.arraycopy(rest.losses(), 0, joined, 4, 4);
        assertArrayEquals(all.losses(), joined, "resumed losses must equal the uninterrupted run's, bit for bit");
        assertEquals(all.finalValLoss(), rest.finalValLoss());
        assertArrayEquals(straight.model().parameters().get("h.1.mlp.c_proj.weight").data,
                resumed.model().parameters().get("h.1.mlp.c_proj.weight").data);
    }

    @Test
    void checkpointRoundTripIsBitExact() throws IOException {
        Trainer t = new Trainer(new Gpt(SHAPE, 3), data(1000, 1), null, CONFIG.withIters(3));
        Path ckpt = dir.resolve("c.bin");
        t.checkpointTo(ckpt).run();
        Checkpoint.Contents c = Checkpoint.load(ckpt);
        assertEquals(SHAPE, c.model());
        assertEquals(CONFIG.withIters(3), c.training());
        assertEquals(3, c.step());
        t.model().parameters().forEach((name, p) -> assertArrayEquals(p.data, c.weights().get(name), name));
        Gpt restored = c.toModel();
        t.model().parameters().forEach((name, p) -> assertArrayEquals(p.data, restored.parameters().get(name).data, name));
        assertTrue(c.adamV().get("wte.weight")[0] > 0, "optimiser state is saved too");
    }

    @Test
    void truncatedOrCorruptCheckpointGivesAClearError() throws IOException {
        Path ckpt = dir.resolve("c.bin");
        new Trainer(new Gpt(SHAPE, 3), data(1000, 1), null, CONFIG.withIters(1)).checkpointTo(ckpt).run();
        byte[] bytes = Files.readAllBytes(ckpt);

        Path truncated = dir.resolve("truncated.bin");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IOException e = assertThrows(IOException.class, () -> Checkpoint.load(truncated));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("truncated.bin"), e.getMessage());

        Path flipped = dir.resolve("flipped.bin");
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(flipped, bytes);
        IOException e2 = assertThrows(IOException.class, () -> Checkpoint.load(flipped));
        assertTrue(e2.getMessage().contains("checksum"), e2.getMessage());

        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "hello");
        IOException e3 = assertThrows(IOException.class, () -> Checkpoint.load(other));
        assertTrue(e3.getMessage().contains("not a Jielong checkpoint"), e3.getMessage());
    }

    @Test
    void nanLossStopsTheRunAndKeepsTheLastGoodCheckpoint() throws IOException {
        Path ckpt = dir.resolve("c.bin");
        Trainer t = new Trainer(new Gpt(SHAPE, 3), data(1000, 1), null, CONFIG.withCheckpointEvery(2)).checkpointTo(ckpt);
        t.onProgress(p -> { if (p.step() == 5) t.model().parameters().get("ln_f.weight").data[0] = Float.NaN; });
        TrainingDiverged e = assertThrows(TrainingDiverged.class, t::run);
        assertEquals(6, e.step);
        assertTrue(e.getMessage().contains("step 6") && e.getMessage().contains("c.bin"), e.getMessage());
        assertEquals(4, Checkpoint.load(ckpt).step(), "the checkpoint from step 4 is left as it was");
    }

    @Test
    void lossFallsOnStructuredText() {
        Trainer t = new Trainer(new Gpt(SHAPE, 1), data(4000, 1), data(1000, 2),
                CONFIG.withIters(60).withEval(30, 4).withLearningRate(3e-3f));
        Trainer.Result r = t.run();
        assertTrue(r.meanLastLosses(10) < r.losses()[0] - 0.5, "loss should fall well below its start: " + r.losses()[0] + " -> " + r.meanLastLosses(10));
        assertEquals(2, r.validation().size());
    }

    /** A training step is bit-identical on 1 and 2 threads, at a size where every op splits its work. */
    @Test
    void trainingIsTheSameOnOneAndTwoThreads() {
        GptConfig wide = new GptConfig(11, 64, 1, 4, 128, 0f);
        TrainConfig c = CONFIG.withIters(3).withBatchSize(4).withEval(0, 1);
        float[][] losses = new float[2][];
        float[][] weights = new float[2][];
        try {
            for (int threads = 1; threads <= 2; threads++) {
                jielong.engine.Parallel.setThreads(threads);
                Trainer t = new Trainer(new Gpt(wide, 5), data(3000, 1), null, c);
                losses[threads - 1] = t.run().losses();
                weights[threads - 1] = t.model().parameters().get("h.0.attn.c_attn.weight").data.clone();
            }
        } finally {
            jielong.engine.Parallel.setThreads(0);
        }
        assertArrayEquals(losses[0], losses[1]);
        assertArrayEquals(weights[0], weights[1], "weights after 3 steps differ between 1 and 2 threads");
    }

    @Test
    void learningRateWarmsUpThenDecays() {
        TrainConfig c = TrainConfig.defaults().withIters(1000).withWarmup(100);
        assertEquals(c.learningRate() / 100, c.learningRateAt(1), 1e-9);
        assertEquals(c.learningRate(), c.learningRateAt(100), 1e-9);
        assertEquals((c.learningRate() + c.minLearningRate()) / 2, c.learningRateAt(550), 1e-6);
        assertEquals(c.minLearningRate(), c.learningRateAt(1000), 1e-9);
    }
}
