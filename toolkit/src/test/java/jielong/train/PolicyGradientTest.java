package jielong.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;

/**
 * REINFORCE with a KL penalty on a bandit whose optimum is known in closed form, the baseline and
 * the penalised reward by hand, and the sequence log-probability it weights against brute force
 * and finite differences.
 */
class PolicyGradientTest {
    static final float[] REWARD = {1f, 0f, 0.5f, -0.5f};
    static final double[] REF = {0.1, 0.2, 0.3, 0.4};

    /** A bandit of 4 arms: the policy is softmax(θ); a batch is arms sampled from it, with advantages. */
    record Bandit(Tensor theta) {
        double[] probabilities() {
            double[] p = new double[4];
            double z = 0, max = Double.NEGATIVE_INFINITY;
            for (float t : theta.data) max = Math.max(max, t);
            for (int k = 0; k < 4; k++) z += p[k] = Math.exp(theta.data[k] - max);
            for (int k = 0; k < 4; k++) p[k] /= z;
            return p;
        }
    }

    record Pulls(int[] arms, float[] advantages) {}

    @Test
    void reinforceWithAKlPenaltyFindsTheRegularisedOptimum() {
        float beta = 0.5f;
        Bandit bandit = new Bandit(Tensor.param(new float[4], 1, 4));
        Map<String, Tensor> params = Map.of("theta", bandit.theta());
        int group = 8;
        BatchSource<Pulls> pulls = (rng, n) -> {
            double[] p = bandit.probabilities();
            int[] arms = new int[n];
            float[] r = new float[n], logP = new float[n], refLogP = new float[n];
            for (int i = 0; i < n; i++) {
                double u = rng.nextDouble();
                int k = 0;
                while (k < 3 && (u -= p[k]) > 0) k++;
                arms[i] = k;
                r[i] = REWARD[k];
                logP[i] = (float) Math.log(p[k]);
                refLogP[i] = (float) Math.log(REF[k]);
            }
            return new Pulls(arms, PolicyGradient.advantages(PolicyGradient.penalisedRewards(r, logP, refLogP, beta), group));
        };
        Objective<Pulls> objective = (b, rng) -> {
            Tensor rows = Ops.linear(Tensor.of(filled(b.arms().length, 1f), b.arms().length, 1), bandit.theta(), null); // θ on every row
            return PolicyGradient.loss(Ops.gather(Ops.logSoftmax(rows), b.arms()), b.advantages());
        };
        TrainConfig c = TrainConfig.defaults().withIters(1500).withBatchSize(64).withWarmup(10).withLearningRate(0.02f)
                .withWeightDecay(0f).withEval(0, 1).withCheckpointEvery(0).withSeed(3);
        new Trainer(() -> params, objective, pulls, null, c).run();

        double[] optimum = new double[4]; // π* ∝ π_ref · exp(r / β)
        double z = 0;
        for (int k = 0; k < 4; k++) z += optimum[k] = REF[k] * Math.exp(REWARD[k] / beta);
        for (int k = 0; k < 4; k++) optimum[k] /= z;
        double[] learned = bandit.probabilities();
        for (int k = 0; k < 4; k++) {
            assertEquals(optimum[k], learned[k], 0.03, "arm " + k + ": learned " + java.util.Arrays.toString(learned)
                    + ", optimum " + java.util.Arrays.toString(optimum));
        }
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void penalisedRewardsAndLeaveOneOutAdvantagesByHand() {
        float[] r = PolicyGradient.penalisedRewards(new float[] {1, 0, 2, 2}, new float[] {-1, -2, -0.5f, -3}, new float[] {-2, -2, -1, -1}, 0.5f);
        assertArrayEquals(new float[] {0.5f, 0f, 1.75f, 3f}, r, 1e-6f, "r − β(log π − log π_ref)");
        // groups of 2: each minus the other one
        assertArrayEquals(new float[] {0.5f, -0.5f, -1.25f, 1.25f}, PolicyGradient.advantages(r, 2), 1e-6f);
        // one group of 4: 0.5 − mean(0, 1.75, 3) = 0.5 − 1.583333
        assertEquals(0.5f - 4.75f / 3, PolicyGradient.advantages(r, 4)[0], 1e-6f);
        Tensor logP = Tensor.param(new float[] {-1f, -2f}, 2);
        Tensor loss = PolicyGradient.loss(logP, new float[] {2f, -1f});
        assertEquals(-(2 * -1f + -1 * -2f) / 2, loss.item(), 1e-6);
        loss.backward();
        assertArrayEquals(new float[] {-1f, 0.5f}, logP.grad(), 1e-6f, "−A/n");
    }

    @Test
    void sequenceLogProbabilityIsTheSumOverAnswerTokensAndItsGradientChecks() {
        Gpt model = new Gpt(new GptConfig(7, 6, 1, 1, 16, 0f), 4);
        Examples.Batch b = Examples.batch(Examples.Example.of(new int[] {2, 3}, new int[] {4, 5, 1}), Examples.Example.of(new int[] {6}, new int[] {2}));
        float[] got;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            got = PolicyGradient.logProbs(model::forward, b).host().data.clone();
        }
        // brute force: log-softmax of each row's logits at its target, answer positions only
        float[] logits;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            logits = model.forward(b.x(), b.t()).host().data.clone();
        }
        double[] expected = new double[2];
        for (int i = 0; i < b.x().length; i++) {
            if (b.weights()[i] == 0) continue;
            double max = Double.NEGATIVE_INFINITY, z = 0;
            for (int k = 0; k < 7; k++) max = Math.max(max, logits[i * 7 + k]);
            for (int k = 0; k < 7; k++) z += Math.exp(logits[i * 7 + k] - max);
            expected[i / b.t()] += logits[i * 7 + b.y()[i]] - max - Math.log(z);
        }
        assertEquals(expected[0], got[0], 1e-5, "prompt (2, 3), answer (4, 5, <end>)");
        assertEquals(expected[1], got[1], 1e-5, "prompt (6), answer (2): the padding counts for nothing");
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            assertArrayEquals(got, NextTokenLoss.answerLogProb(model, b, null).host().data, 1e-6f, "the GPT form gives the same numbers");
        }

        // gradient of log π(answer 0) + 2·log π(answer 1) against finite differences, on a few weights
        Tensor w = model.parameters().get("h.0.mlp.c_fc.weight");
        Ops.sum(Ops.mul(PolicyGradient.logProbs(model::forward, b), Tensor.of(new float[] {1f, 2f}, 2))).backward();
        float[] analytic = w.grad().clone();
        Random rng = new Random(1);
        for (int trial = 0; trial < 6; trial++) {
            int i = rng.nextInt(w.size());
            float keep = w.data[i];
            double h = 1e-2;
            w.data[i] = keep + (float) h;
            double up = weighted(model, b);
            w.data[i] = keep - (float) h;
            double down = weighted(model, b);
            w.data[i] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, analytic[i], 2e-3 + 0.02 * Math.abs(numeric), "weight " + i);
        }
    }

    private static double weighted(Gpt model, Examples.Batch b) {
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            float[] lp = PolicyGradient.logProbs(model::forward, b).host().data;
            return lp[0] + 2.0 * lp[1];
        }
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PolicyGradient.advantages(new float[5], 2)).getMessage().contains("groups"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PolicyGradient.penalisedRewards(new float[2], new float[2], new float[2], -1f))
                .getMessage().contains("beta"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PolicyGradient.loss(Tensor.of(new float[2], 2), new float[] {1f, Float.NaN}))
                .getMessage().contains("advantage is NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PolicyGradient.loss(Tensor.of(new float[2], 2), new float[3]))
                .getMessage().contains("2 log-probabilities but 3"));
    }
}
