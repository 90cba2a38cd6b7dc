package jielong.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import jielong.engine.Tensor;
import jielong.train.TrainConfig;
import jielong.train.Trainer;
import jielong.train.TrainingDiverged;
import org.junit.jupiter.api.Test;

/**
 * The denoiser's size, its training batches, and what it learns on data whose best noise
 * prediction is known in closed form: a single Gaussian N(μ, s²·I).
 */
class DenoisingMlpTest {
    @Test
    void tinyDiffusionsModelHasAbout100kParameters() {
        DenoisingMlp m = new DenoisingMlp(2, 128, 3, 128, 25, 1);
        // input 384·128 + 128, three blocks 128·128 + 128, output 128·2 + 2
        assertEquals(384 * 128 + 128 + 3 * (128 * 128 + 128) + 128 * 2 + 2, m.parameterCount());
        assertEquals(99_074, m.parameterCount());
        Tensor out = m.forward(Tensor.of(new float[] {0.1f, 0.2f, -1f, 1f}, 2, 2), new float[] {1, 50});
        assertArrayEquals(new int[] {2, 2}, out.shape);
    }

    @Test
    void batchesJumpWithTheClosedForm() {
        NoiseSchedule s = NoiseSchedule.linear(10, 1e-3, 0.2);
        float[] one = {1.5f, -0.5f}; // a single data point, so x_0 is known for every row
        Denoising.Batch b = Denoising.batches(one, 2, s).sample(new Random(3), 64);
        for (int r = 0; r < 64; r++) {
            int t = (int) b.t()[r];
            assertTrue(t >= 1 && t <= 10);
            for (int j = 0; j < 2; j++) {
                double want = Math.sqrt(s.alphaBar(t)) * one[j] + Math.sqrt(1 - s.alphaBar(t)) * b.noise().data[2 * r + j];
                assertEquals(want, b.xt().data[2 * r + j], 1e-6);
            }
        }
        assertArrayEquals(b.xt().data, Denoising.batches(one, 2, s).sample(new Random(3), 64).xt().data);
    }

    @Test
    void itLearnsTheBestNoisePredictionForAGaussian() {
        double mu0 = 1.0, mu1 = -0.5, sd = 0.5;
        Random rng = new Random(5);
        float[] data = new float[2 * 4000];
        for (int i = 0; i < 4000; i++) {
            data[2 * i] = (float) (mu0 + sd * rng.nextGaussian());
            data[2 * i + 1] = (float) (mu1 + sd * rng.nextGaussian());
        }
        NoiseSchedule s = NoiseSchedule.linear(20, 1e-3, 0.2);
        DenoisingMlp m = new DenoisingMlp(2, 64, 1, 16, 1, 2);
        TrainConfig c = TrainConfig.defaults().withIters(800).withBatchSize(128).withWarmup(20).withLearningRate(3e-3f)
                .withWeightDecay(0f).withEval(0, 1).withCheckpointEvery(0).withSeed(3);
        new Trainer(m, Denoising.loss(m), Denoising.batches(data, 2, s), null, c).run();

        // ε*(x_t, t) = √(1 − ᾱ)·(x_t − √ᾱ·μ) / (ᾱ·s² + 1 − ᾱ): the mean of ε given x_t
        double err = 0, scale = 0;
        int n = 0;
        try (Tensor.NoGrad off = Tensor.noGrad()) {
            for (int t : new int[] {2, 5, 10, 15, 20}) {
                double a = s.alphaBar(t), v = a * sd * sd + 1 - a;
                float[] x = new float[2 * 50];
                float[] times = new float[50];
                for (int i = 0; i < 50; i++) {
                    x[2 * i] = (float) (Math.sqrt(a) * mu0 + Math.sqrt(v) * rng.nextGaussian());
                    x[2 * i + 1] = (float) (Math.sqrt(a) * mu1 + Math.sqrt(v) * rng.nextGaussian());
                    times[i] = t;
                }
                float[] got = m.forward(Tensor.of(x, 50, 2), times).host().data;
                for (int i = 0; i < 100; i++) {
                    double best = Math.sqrt(1 - a) * (x[i] - Math.sqrt(a) * (i % 2 == 0 ? mu0 : mu1)) / v;
                    err += (got[i] - best) * (got[i] - best);
                    scale += best * best;
                    n++;
                }
            }
        }
        assertTrue(err / scale < 0.05, "relative squared error of the learnt noise prediction " + err / scale);

        float[] sample = ReverseProcess.sample(m, s, 2000, 2, 11).sample();
        double m0 = 0, m1 = 0, v0 = 0;
        for (int i = 0; i < 2000; i++) {
            m0 += sample[2 * i] / 2000;
            m1 += sample[2 * i + 1] / 2000;
        }
        for (int i = 0; i < 2000; i++) v0 += (sample[2 * i] - m0) * (sample[2 * i] - m0) / 2000;
        assertEquals(mu0, m0, 0.1);
        assertEquals(mu1, m1, 0.1);
        assertEquals(sd, Math.sqrt(v0), 0.1);
    }

    @Test
    void aDivergingRunStopsWithTrainingDiverged() {
        NoiseSchedule s = NoiseSchedule.linear(10, 1e-3, 0.2);
        DenoisingMlp m = new DenoisingMlp(2, 8, 1, 4, 1, 2);
        NoisePredictor broken = (xt, t) -> jielong.engine.Ops.scale(m.forward(xt, t), Float.NaN);
        TrainConfig c = TrainConfig.defaults().withIters(3).withBatchSize(4).withEval(0, 1).withCheckpointEvery(0);
        assertThrows(TrainingDiverged.class, () -> new Trainer(m, Denoising.loss(broken), Denoising.batches(new float[] {1, 2}, 2, s), null, c).run());
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        DenoisingMlp m = new DenoisingMlp(2, 8, 1, 4, 1, 2);
        String msg = assertThrows(IllegalArgumentException.class, () -> m.forward(Tensor.of(new float[3], 1, 3), new float[1])).getMessage();
        assertTrue(msg.contains("shape [B, 2], got [1, 3]"), msg);
        msg = assertThrows(IllegalArgumentException.class, () -> m.forward(Tensor.of(new float[4], 2, 2), new float[1])).getMessage();
        assertTrue(msg.contains("2 points but 1 step numbers"), msg);
        msg = assertThrows(IllegalArgumentException.class, () -> new DenoisingMlp(2, 8, 1, 5, 1, 2)).getMessage();
        assertTrue(msg.contains("even number"), msg);
        msg = assertThrows(IllegalArgumentException.class, () -> new DenoisingMlp(2, 8, 1, 4, 0, 2)).getMessage();
        assertTrue(msg.contains("input scale"), msg);
        NoiseSchedule s = NoiseSchedule.linear(10, 1e-3, 0.2);
        msg = assertThrows(IllegalArgumentException.class, () -> Denoising.batches(new float[3], 2, s)).getMessage();
        assertTrue(msg.contains("3 values do not make points of 2"), msg);
        msg = assertThrows(IllegalArgumentException.class, () -> Denoising.batches(new float[] {1, Float.NaN}, 2, s)).getMessage();
        assertTrue(msg.contains("finite"), msg);
    }
}
