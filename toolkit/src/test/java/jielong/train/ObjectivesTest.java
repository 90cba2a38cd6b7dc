package jielong.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.engine.Unary;
import jielong.model.AttentionOnly;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.model.MlpNet;

/**
 * Losses written with {@link Ops} alone train models with the same trainer: a diffusion model's
 * denoising MSE on an MLP, DPO on a small GPT against a frozen reference, next-token loss on an
 * attention-only transformer. Resume stays exact and a NaN still stops the run.
 */
class ObjectivesTest {
    @TempDir
    Path dir;

    // ---- a 2-D diffusion model: predict the noise added to points on a ring -------------------

    /** Noisy points x_t at steps t, and the noise ε that was added (the denoiser's target). */
    record Noisy(Tensor xt, float[] t, Tensor noise) {}

    static final int STEPS = 20;
    static final double[] ALPHA_BAR = new double[STEPS];

    static {
        double a = 1;
        for (int s = 0; s < STEPS; s++) ALPHA_BAR[s] = a *= 1 - (1e-3 + (0.2 - 1e-3) * s / (STEPS - 1)); // linear β schedule
    }

    /** x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε for x_0 on the unit circle (Ho et al. 2020, eq. 4). */
    static final BatchSource<Noisy> RING = (rng, n) -> {
        float[] xt = new float[2 * n], eps = new float[2 * n], t = new float[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * rng.nextDouble();
            int s = rng.nextInt(STEPS);
            t[i] = s;
            double a = Math.sqrt(ALPHA_BAR[s]), b = Math.sqrt(1 - ALPHA_BAR[s]);
            eps[2 * i] = (float) rng.nextGaussian();
            eps[2 * i + 1] = (float) rng.nextGaussian();
            xt[2 * i] = (float) (a * Math.cos(angle) + b * eps[2 * i]);
            xt[2 * i + 1] = (float) (a * Math.sin(angle) + b * eps[2 * i + 1]);
        }
        return new Noisy(Tensor.of(xt, n, 2), t, Tensor.of(eps, n, 2));
    };

    static MlpNet denoiser(long seed) {
        return new MlpNet(2, new int[] {32, 32}, 2, 8, Unary.RELU, seed);
    }

    static Objective<Noisy> denoising(MlpNet net) {
        return (b, dropoutRng) -> Ops.mse(net.forward(b.xt(), b.t()), b.noise());
    }

    static final TrainConfig DIFFUSION = TrainConfig.defaults().withIters(200).withBatchSize(64).withWarmup(10)
            .withLearningRate(1e-2f).withEval(100, 4).withCheckpointEvery(0).withSeed(5);

    @Test
    void denoisingMseTrainsAnMlp() {
        MlpNet net = denoiser(1);
        Trainer.Result r = new Trainer(net, denoising(net), RING, RING, DIFFUSION).run();
        float first = mean(r.losses(), 0, 20), last = r.meanLastLosses(20);
        assertTrue(last < 0.75 * first, "denoising loss should fall: " + first + " -> " + last);
        assertEquals(2, r.validation().size());
        assertTrue(r.finalValLoss() < 0.75 * first, "validation loss " + r.finalValLoss());
    }

    @Test
    void denoisingRunResumesExactly() throws IOException {
        TrainConfig c = DIFFUSION.withIters(12).withEval(6, 2).withCheckpointEvery(6);
        MlpNet straightNet = denoiser(1);
        Trainer.Result all = new Trainer(straightNet, denoising(straightNet), RING, RING, c).run();

        Path ckpt = dir.resolve("denoiser.ckpt");
        MlpNet firstNet = denoiser(1);
        Trainer first = new Trainer(firstNet, denoising(firstNet), RING, RING, c).checkpointTo(ckpt);
        first.onProgress(p -> { if (p.step() == 6) first.stop(); });
        Trainer.Result half = first.run();
        assertEquals(6, half.lastStep());

        MlpNet resumedNet = denoiser(99); // other starting weights: the checkpoint must replace them all
        Trainer resumed = Trainer.resume(ckpt, resumedNet, denoising(resumedNet), RING, RING, null);
        assertEquals(6, resumed.step());
        Trainer.Result rest = resumed.run();

        float[] joined = new float[12];
        System.arraycopy(half.losses(), 0, joined, 0, 6);
        System.arraycopy(rest.losses(), 0, joined, 6, 6);
        assertArrayEquals(all.losses(), joined, "resumed losses must equal the uninterrupted run's, bit for bit");
        assertEquals(all.finalValLoss(), rest.finalValLoss());
        straightNet.parameters().forEach((name, p) -> assertArrayEquals(p.data, resumedNet.parameters().get(name).data, name));
        assertEquals(null, Checkpoint.load(ckpt).model(), "a model other than the GPT has no GPT shape");
    }

    @Test
    void resumingIntoAModelOfAnotherShapeSaysSo() throws IOException {
        Path ckpt = dir.resolve("d.ckpt");
        MlpNet net = denoiser(1);
        new Trainer(net, denoising(net), RING, null, DIFFUSION.withIters(2)).checkpointTo(ckpt).run();
        MlpNet wider = new MlpNet(2, new int[] {48, 32}, 2, 8, Unary.RELU, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.resume(ckpt, wider, denoising(wider), RING, null, null));
        assertTrue(e.getMessage().contains("fc.0.weight") && e.getMessage().contains("shape it was trained with"), e.getMessage());
        IllegalStateException e2 = assertThrows(IllegalStateException.class, () -> Checkpoint.load(ckpt).toModel());
        assertTrue(e2.getMessage().contains("other than the GPT"), e2.getMessage());
    }

    @Test
    void nanInAnOpsLossStopsTheRunAndKeepsTheLastGoodCheckpoint() throws IOException {
        Path ckpt = dir.resolve("nan.ckpt");
        MlpNet net = denoiser(1);
        Trainer t = new Trainer(net, denoising(net), RING, null, DIFFUSION.withIters(10).withCheckpointEvery(2)).checkpointTo(ckpt);
        t.onProgress(p -> { if (p.step() == 5) net.parameters().get("fc.2.bias").data[0] = Float.NaN; });
        TrainingDiverged e = assertThrows(TrainingDiverged.class, t::run);
        assertEquals(6, e.step);
        assertEquals(4, Checkpoint.load(ckpt).step(), "the checkpoint from step 4 is left as it was");
    }

    @Test
    void progressCountsExamplesWhenABatchIsNotTokens() {
        MlpNet net = denoiser(1);
        List<Progress> seen = new ArrayList<>();
        new Trainer(net, denoising(net), RING, null, DIFFUSION.withIters(3)).onProgress(seen::add).run();
        assertEquals(3, seen.size());
        for (Progress p : seen) assertTrue(p.tokensPerSecond() > 0 && Float.isFinite(p.loss()), p.toString());
        assertEquals(3, seen.get(2).step());
    }

    // ---- DPO: a GPT policy against a frozen copy of itself ------------------------------------

    /** A preference pair: the same prompts with a chosen and a rejected answer. */
    record Pair(Examples.Batch chosen, Examples.Batch rejected) {}

    /** Prompt (p, p+1), chosen answer (p+2, p+3), rejected answer (p+3, p+2): the model must learn the order. */
    static final BatchSource<Pair> PREFERENCES = (rng, n) -> {
        Examples.Example[] good = new Examples.Example[n], bad = new Examples.Example[n];
        for (int i = 0; i < n; i++) {
            int p = 1 + rng.nextInt(6);
            good[i] = Examples.Example.of(new int[] {p, p + 1}, new int[] {p + 2, p + 3});
            bad[i] = Examples.Example.of(new int[] {p, p + 1}, new int[] {p + 3, p + 2});
        }
        return new Pair(Examples.batch(good), Examples.batch(bad));
    };

    /** −log σ(β·[(log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l))]) (Rafailov et al. 2023, eq. 7). */
    static Objective<Pair> dpo(Gpt policy, Gpt reference, float beta) {
        return (b, dropoutRng) -> {
            Tensor chosen = NextTokenLoss.answerLogProb(policy, b.chosen(), dropoutRng);
            Tensor rejected = NextTokenLoss.answerLogProb(policy, b.rejected(), dropoutRng);
            Tensor refChosen, refRejected;
            try (Tensor.NoGrad g = Tensor.noGrad()) { // the reference stays as it is
                refChosen = NextTokenLoss.answerLogProb(reference, b.chosen(), null);
                refRejected = NextTokenLoss.answerLogProb(reference, b.rejected(), null);
            }
            Tensor margin = Ops.sub(Ops.sub(chosen, refChosen), Ops.sub(rejected, refRejected));
            return Ops.scale(Ops.mean(Ops.logSigmoid(Ops.scale(margin, beta))), -1f);
        };
    }

    @Test
    void dpoTeachesAPolicyThePreferredAnswer() {
        GptConfig shape = new GptConfig(10, 8, 1, 2, 16, 0f);
        Gpt policy = new Gpt(shape, 3), reference = new Gpt(shape, 3);
        TrainConfig c = TrainConfig.defaults().withIters(40).withBatchSize(8).withWarmup(4).withLearningRate(1e-2f)
                .withEval(0, 2).withCheckpointEvery(0).withSeed(8);
        Trainer.Result r = new Trainer(policy, dpo(policy, reference, 0.5f), PREFERENCES, null, c).run();
        assertEquals(Math.log(2), r.losses()[0], 1e-6, "a policy equal to its reference has DPO loss ln 2");
        assertTrue(r.meanLastLosses(5) < 0.1, "DPO loss should fall well below ln 2: " + r.meanLastLosses(5));
        float before = reference.parameters().get("wte.weight").data[0];
        assertEquals(new Gpt(shape, 3).parameters().get("wte.weight").data[0], before, "the reference is untouched");
    }

    // ---- distillation: KL to a teacher ----------------------------------------------------------

    @Test
    void distillationLowersTheKlToATeacher() {
        Gpt teacher = new Gpt(new GptConfig(11, 16, 2, 2, 32, 0f), 7);
        teacher.parameters().values().forEach(p -> { for (int i = 0; i < p.size(); i++) p.data[i] *= 20; }); // a confident teacher
        Gpt student = new Gpt(new GptConfig(11, 16, 1, 2, 16, 0f), 8);
        Objective<TokenData.Batch> kl = (b, dropoutRng) -> {
            Tensor target;
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                target = teacher.forward(b.x(), b.t());
            }
            return Ops.klDivergence(target, student.forward(b.x(), b.t()));
        };
        TrainConfig c = TrainerTest.CONFIG.withIters(80).withEval(0, 2).withLearningRate(1e-2f);
        Trainer.Result r = new Trainer(student, kl, NextTokenLoss.windows(TrainerTest.data(2000, 1), 16), null, c).run();
        assertTrue(r.losses()[0] > 0.1, "the student starts far from the teacher: " + r.losses()[0]);
        assertTrue(r.meanLastLosses(5) < 0.75 * r.losses()[0], "KL to the teacher should fall: " + r.losses()[0] + " -> " + r.meanLastLosses(5));
    }

    // ---- REINFORCE with a KL penalty --------------------------------------------------------------

    /** Sampled answers with their rewards (here drawn at random: +1 for the right answer, −1 for a wrong one). */
    record Rewarded(Examples.Batch answers, float[] rewards) {}

    /** Prompt (p, 11), right answer p+1, wrong answer p+2. */
    static final BatchSource<Rewarded> REWARDED = (rng, n) -> {
        Examples.Example[] e = new Examples.Example[n];
        float[] r = new float[n];
        for (int i = 0; i < n; i++) {
            int p = rng.nextInt(8);
            boolean right = rng.nextBoolean();
            e[i] = Examples.Example.of(new int[] {p, 11}, new int[] {right ? p + 1 : p + 2});
            r[i] = right ? 1f : -1f;
        }
        return new Rewarded(Examples.batch(e), r);
    };

    /** −mean(R·log π(answer | prompt)) + β·KL(π ‖ π_ref) (Williams 1992; the penalty as in Ziegler et al. 2019). */
    static Objective<Rewarded> reinforce(Gpt policy, Gpt reference, float beta) {
        return (b, dropoutRng) -> {
            Tensor logProb = NextTokenLoss.answerLogProb(policy, b.answers(), dropoutRng);
            Tensor pg = Ops.scale(Ops.mean(Ops.mul(logProb, Tensor.of(b.rewards(), b.rewards().length))), -1f);
            Tensor refLogits;
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                refLogits = reference.forward(b.answers().x(), b.answers().t());
            }
            Tensor kl = Ops.klDivergence(policy.forward(b.answers().x(), b.answers().t()), refLogits);
            return Ops.add(pg, Ops.scale(kl, beta));
        };
    }

    @Test
    void reinforceWithAKlPenaltyPrefersRewardedAnswers() {
        GptConfig shape = new GptConfig(12, 4, 1, 2, 16, 0f);
        Gpt policy = new Gpt(shape, 5), reference = new Gpt(shape, 5);
        TrainConfig c = TrainConfig.defaults().withIters(40).withBatchSize(16).withWarmup(4).withLearningRate(1e-2f)
                .withEval(0, 2).withCheckpointEvery(0).withSeed(9);
        double before = preference(policy);
        new Trainer(policy, reinforce(policy, reference, 0.05f), REWARDED, null, c).run();
        double after = preference(policy);
        assertTrue(after > before + 1, "log π(right) − log π(wrong) should grow by a nat or more: " + before + " -> " + after);
    }

    /** Mean over prompts of log π(right answer) − log π(wrong answer). */
    private static double preference(Gpt policy) {
        Examples.Example[] right = new Examples.Example[8], wrong = new Examples.Example[8];
        for (int p = 0; p < 8; p++) {
            right[p] = Examples.Example.of(new int[] {p, 11}, new int[] {p + 1});
            wrong[p] = Examples.Example.of(new int[] {p, 11}, new int[] {p + 2});
        }
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            Tensor r = NextTokenLoss.answerLogProb(policy, Examples.batch(right), null), w = NextTokenLoss.answerLogProb(policy, Examples.batch(wrong), null);
            return Ops.mean(Ops.sub(r, w)).item();
        }
    }

    // ---- an attention-only transformer ----------------------------------------------------------

    @Test
    void attentionOnlyTransformerTrainsOnWindows() {
        AttentionOnly model = new AttentionOnly(new GptConfig(11, 16, 2, 2, 32, 0f), 1);
        TrainConfig c = TrainerTest.CONFIG.withIters(60).withEval(30, 4).withLearningRate(3e-3f);
        Trainer.Result r = new Trainer(model, NextTokenLoss.onWindows(model::forward), NextTokenLoss.windows(TrainerTest.data(4000, 1), 16),
                NextTokenLoss.windows(TrainerTest.data(1000, 2), 16), c).run();
        assertTrue(r.meanLastLosses(10) < r.losses()[0] - 0.5, "loss should fall: " + r.losses()[0] + " -> " + r.meanLastLosses(10));
        assertTrue(model.parameters().keySet().stream().noneMatch(n -> n.contains("mlp")), "no MLP parameters");
    }

    static float mean(float[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += a[i];
        return (float) (s / (to - from));
    }
}
