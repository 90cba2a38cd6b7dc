package jielong.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

class DistillationTest {
    static final int M = 3, V = 5;

    static float[] randomLogits(long seed) {
        Random rng = new Random(seed);
        float[] z = new float[M * V];
        for (int i = 0; i < z.length; i++) z[i] = (float) (2 * rng.nextGaussian());
        return z;
    }

    /** The loss written out with doubles, softmax by softmax: the independent computation. */
    static double byHand(float[] s, float[] t, int[] y, double temp, double alpha) {
        double soft = 0, hard = 0;
        for (int m = 0; m < M; m++) {
            double[] p = softmax(t, m, temp), q = softmax(s, m, temp), q1 = softmax(s, m, 1);
            for (int v = 0; v < V; v++) soft += p[v] * (Math.log(p[v]) - Math.log(q[v]));
            hard -= Math.log(q1[y[m]]);
        }
        return alpha * temp * temp * soft / M + (1 - alpha) * hard / M;
    }

    static double[] softmax(float[] z, int row, double temp) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int v = 0; v < V; v++) max = Math.max(max, z[row * V + v] / temp);
        double[] p = new double[V];
        for (int v = 0; v < V; v++) sum += p[v] = Math.exp(z[row * V + v] / temp - max);
        for (int v = 0; v < V; v++) p[v] /= sum;
        return p;
    }

    @Test
    void valueMatchesTheFormulaAtEachTemperature() {
        float[] s = randomLogits(1), t = randomLogits(2);
        int[] y = {0, 3, 4};
        for (float temp : new float[] {1, 2, 4}) {
            for (float alpha : new float[] {1f, 0.5f, 0f}) {
                float got = Distillation.loss(Tensor.of(s, M, V), Tensor.of(t, M, V), y, temp, alpha).item();
                assertEquals(byHand(s, t, y, temp, alpha), got, 1e-4, "T=" + temp + " alpha=" + alpha);
            }
        }
        // A student that already matches the teacher has nothing left to learn from it.
        assertEquals(0, Distillation.loss(Tensor.of(t, M, V), Tensor.of(t, M, V), y, 2, 1).item(), 1e-6);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        float[] s = randomLogits(3), t = randomLogits(4);
        int[] y = {1, 1, 2};
        for (float temp : new float[] {1, 4}) {
            Tensor student = Tensor.param(s.clone(), M, V);
            Distillation.loss(student, Tensor.of(t, M, V), y, temp, 0.7f).backward();
            float[] g = student.grad();
            double eps = 1e-3;
            for (int i = 0; i < s.length; i++) {
                float[] plus = s.clone(), minus = s.clone();
                plus[i] += eps;
                minus[i] -= eps;
                double numeric = (byHand(plus, t, y, temp, 0.7) - byHand(minus, t, y, temp, 0.7)) / (2 * eps);
                assertEquals(numeric, g[i], 1e-3, "d loss / d logit " + i + " at T=" + temp);
            }
        }
    }

    @Test
    void teacherGetsNoGradientAndTrainingMovesTheStudentTowardIt() {
        GptConfig c = new GptConfig(11, 8, 1, 2, 16, 0f);
        Gpt teacher = new Gpt(c, 5), student = new Gpt(c.withEmbd(8), 6);
        int[] tokens = new int[400];
        Random rng = new Random(7);
        for (int i = 0; i < tokens.length; i++) tokens[i] = rng.nextInt(11);
        TokenData data = new TokenData(tokens);
        Objective<TokenData.Batch> kd = Distillation.onWindows(student, teacher, 2f, 1f);
        BatchSource<TokenData.Batch> windows = NextTokenLoss.windows(data, 8);
        float before = kd.loss(data.sample(new Random(1), 8, 8), null).item();
        new Trainer(student, kd, windows, windows, TrainConfig.defaults().withIters(60).withBatchSize(8).withWarmup(5).withEval(60, 2)).run();
        float after = kd.loss(data.sample(new Random(1), 8, 8), null).item();
        assertTrue(after < 0.5 * before, "distillation loss should halve in 60 steps: " + before + " -> " + after);
        for (Tensor p : teacher.parameters().values()) assertTrue(p.grad() == null || allZero(p.grad()), "the teacher must not get gradients");
    }

    static boolean allZero(float[] g) {
        for (float v : g) if (v != 0) return false;
        return true;
    }

    @Test
    void badOptionsSaySoInOneLine() {
        Tensor a = Tensor.of(new float[6], 2, 3);
        int[] y = {0, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Distillation.loss(a, a, y, 0f, 1f));
        assertTrue(e.getMessage().contains("temperature"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Distillation.loss(a, a, y, Float.NaN, 1f));
        assertTrue(e.getMessage().contains("temperature"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Distillation.loss(a, a, y, 2f, 1.5f));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Distillation.loss(a, Tensor.of(new float[8], 2, 4), y, 2f, 1f));
        assertTrue(e.getMessage().contains("vocabulary"), e.getMessage());
        GptConfig c = new GptConfig(11, 8, 1, 2, 16, 0f);
        e = assertThrows(IllegalArgumentException.class, () -> Distillation.onWindows(new Gpt(c, 1), new Gpt(c.withVocabSize(12), 1), 1f, 1f));
        assertTrue(e.getMessage().contains("tokenizer"), e.getMessage());
    }
}
