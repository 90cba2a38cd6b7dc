package jielong.course.posttraining;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.cost.Flops;
import jielong.data.ArithmeticProblem;
import jielong.data.PreferencePair;
import jielong.engine.Tensor;
import jielong.experiment.CurveRun;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.tokenize.WordTokenizer;
import jielong.train.BatchSource;
import jielong.train.Comparisons;
import jielong.train.Dpo;
import jielong.train.Examples;
import jielong.train.NextTokenLoss;
import jielong.train.PolicyGradient;
import jielong.train.RewardModel;
import jielong.train.TokenData;
import jielong.train.TrainConfig;

/**
 * The four stages of post-training a tiny GPT on sums, each a resumable {@link CurveRun} in the
 * lesson's folder: pre-training on drill, SFT on questions and answers, a reward model on pairs,
 * then RL with a KL penalty (for a β) or DPO, both starting from the SFT model. Every stage is
 * measured along the way, and its FLOPs are counted from the tokens it reads (Kaplan et al.'s
 * 6 per parameter per token for training, 2 for a forward pass, output head included).
 */
public final class Stages {
    /** What a pre-training or SFT run measures: greedy answers right by rule on the held-out questions, and on drill prompts. */
    public static final List<String> LM_COLUMNS = List.of("flops", "accuracy", "drill_accuracy");
    /** What the reward model measures: held-out pairwise accuracy, overall and by kind of wrong answer. */
    public static final List<String> RM_COLUMNS = List.of("flops", "pairwise_accuracy", "dropped_carry", "digit_off");
    /** What an RL or DPO run measures on the held-out questions. */
    public static final List<String> POLICY_COLUMNS = List.of("flops", "accuracy", "reward", "kl", "sampled_right", "well_formed");

    private Stages() {}

    /** The held-out sums and the training data every stage draws from. */
    public record Data(List<ArithmeticProblem> heldOut, List<ArithmeticProblem> train, List<PreferencePair> heldOutPairs,
                       List<PreferencePair> trainPairs, List<ArithmeticProblem> pairSums) {
        /** The held-out pairs as comparisons. */
        public Comparisons heldOutComparisons() {
            return Sums.comparisons(heldOut, heldOutPairs);
        }

        /** The training pairs as comparisons. */
        public Comparisons trainComparisons() {
            return Sums.comparisons(pairSums, trainPairs);
        }
    }

    /** The held-out sums, the training pool, and preference pairs for the first {@code pairs} training sums and every held-out one. */
    public static Data data(Recipe r) {
        Sums.Split s = Sums.split(r.seed(), r.heldOut());
        List<ArithmeticProblem> pairSums = s.train().subList(0, r.pairs());
        return new Data(s.heldOut(), s.train(), Sums.pairs(s.heldOut(), r.seed() + 1), Sums.pairs(pairSums, r.seed() + 2), pairSums);
    }

    /** A stage's run: the model it ended with and what it measured. */
    public record Run<M>(String stage, M model, CurveRun.Curve curve) {
        /** A measured column at every measured step. */
        public double[] column(String name) {
            return curve.column(name);
        }

        /** The column's last value. */
        public double last(String name) {
            return curve.last(name);
        }
    }

    // ---- pre-training and SFT ------------------------------------------------------------------------

    /** Pre-training on drill (every token counted), measured every quarter. */
    public static Run<Gpt> pretrain(Path folder, Recipe r, Data d) {
        Gpt model = new Gpt(r.shape(), r.seed());
        TokenData drill = new TokenData(Sums.drill(d.train(), r.drillSums(), r.seed()));
        double perStep = (double) r.pretrainBatch() * Sums.CONTEXT * trainFlops(r.shape());
        CurveRun.Curve c = CurveRun.run(folder, r.id("pretrain"), model::parameters, NextTokenLoss.onWindows(model),
                NextTokenLoss.windows(drill, Sums.CONTEXT), r.config(r.pretrainSteps(), r.pretrainBatch(), r.learningRate(), 0.1f),
                CurveRun.every(Math.max(1, r.pretrainSteps() / 4), r.pretrainSteps()), LM_COLUMNS,
                step -> new double[] {step * perStep, accuracy(model, d.heldOut()), drillAccuracy(model, d.heldOut())}, null);
        return new Run<>("pretraining", model, c);
    }

    /** SFT from the pre-trained model: loss on the response tokens only. */
    public static Run<Gpt> sft(Path folder, Recipe r, Data d, Gpt base) {
        Gpt model = copy(base, r);
        List<Examples.Example> examples = d.train().stream().map(Sums::instruction).toList();
        double perStep = (double) r.sftBatch() * longest(examples) * trainFlops(r.shape());
        CurveRun.Curve c = CurveRun.run(folder, r.id("sft"), model::parameters, NextTokenLoss.onAnswers(model),
                new Examples(examples, Sums.CONTEXT), r.config(r.sftSteps(), r.sftBatch(), r.learningRate(), 0.1f),
                CurveRun.every(Math.max(1, r.sftSteps() / 4), r.sftSteps()), LM_COLUMNS,
                step -> new double[] {step * perStep, accuracy(model, d.heldOut()), drillAccuracy(model, d.heldOut())}, null);
        return new Run<>("sft", model, c);
    }

    // ---- the reward model ------------------------------------------------------------------------------

    /** A Bradley-Terry reward model started from the SFT model (as in Ouyang et al. 2022), on the training pairs. */
    public static Run<RewardModel> rewardModel(Path folder, Recipe r, Data d, Gpt sft) {
        RewardModel rm = new RewardModel(copy(sft, r), Sums.tokenizer().id(Sums.REWARD));
        Comparisons pairs = d.trainComparisons(), held = d.heldOutComparisons();
        double perStep = 2.0 * r.rmBatch() * (longestPair(pairs) + 1) * trainFlops(r.shape());
        boolean[] carry = new boolean[d.heldOut().size()];
        for (int i = 0; i < carry.length; i++) carry[i] = Sums.droppedCarry(d.heldOut().get(i), d.heldOutPairs().get(i));
        CurveRun.Curve c = CurveRun.run(folder, r.id("reward-model"), rm, rm.bradleyTerry(), pairs,
                r.config(r.rmSteps(), r.rmBatch(), r.rmLearningRate(), 0.1f), CurveRun.every(Math.max(1, r.rmSteps() / 4), r.rmSteps()),
                RM_COLUMNS, step -> {
                    Comparisons.Batch all = held.all();
                    float[] w = rm.score(all.chosen()), l = rm.score(all.rejected());
                    double[] byKind = new double[4];
                    for (int i = 0; i < w.length; i++) {
                        int k = carry[i] ? 0 : 2;
                        byKind[k] += w[i] > l[i] ? 1 : 0;
                        byKind[k + 1]++;
                    }
                    return new double[] {step * perStep, jielong.train.BradleyTerry.accuracy(w, l),
                            byKind[0] / Math.max(1, byKind[1]), byKind[2] / Math.max(1, byKind[3])};
                }, null);
        return new Run<>("reward-model", rm, c);
    }

    // ---- RL with a KL penalty, and DPO -------------------------------------------------------------------

    /**
     * What RL is rewarded with for each sampled response: the learned reward model's score, or the
     * rule itself (1 for the right answer and an end, else 0), which the reward model only estimates.
     */
    @FunctionalInterface
    public interface Reward {
        /** One reward per response; {@code sums[i]} is the question {@code examples[i]} answers. */
        float[] score(List<ArithmeticProblem> sums, Examples.Example[] examples, List<int[]> responses);

        /** The reward model's score divided by {@code scale} (see {@link Stages#rewardScale}). */
        static Reward learned(RewardModel rm, float scale) {
            return (sums, examples, responses) -> {
                float[] r = rm.score(examples);
                for (int i = 0; i < r.length; i++) r[i] /= scale;
                return r;
            };
        }

        /** The rule: 1 for a response that is exactly the right answer and an end, else 0. */
        static Reward rule() {
            return (sums, examples, responses) -> {
                float[] out = new float[responses.size()];
                for (int i = 0; i < out.length; i++) out[i] = Sums.right(sums.get(i), responses.get(i)) ? 1f : 0f;
                return out;
            };
        }
    }

    /** REINFORCE with a leave-one-out baseline against the reward model, penalised by β·KL to the SFT model. */
    public static Run<Gpt> rl(Path folder, Recipe r, Data d, Gpt sft, RewardModel rm, float beta) {
        return rl(folder, r, d, sft, rm, beta, "rl-beta-" + betaName(beta), Reward.learned(rm, rewardScale(rm, sft, d, r)));
    }

    /**
     * The same RL, rewarded by the rule instead of the reward model (a verifiable reward): what RL
     * does when its reward is right. It is measured, like the others, with the reward model too.
     */
    public static Run<Gpt> rlOnRule(Path folder, Recipe r, Data d, Gpt sft, RewardModel rm, float beta) {
        return rl(folder, r, d, sft, rm, beta, "rl-rule-beta-" + betaName(beta), Reward.rule());
    }

    private static Run<Gpt> rl(Path folder, Recipe r, Data d, Gpt sft, RewardModel rm, float beta, String stage, Reward reward) {
        Gpt policy = copy(sft, r);
        float scale = rewardScale(rm, sft, d, r);
        int rows = r.rlPrompts() * r.rlSamples(), len = Sums.question(d.train().get(0)).length;
        BatchSource<PolicyGradient.Rollouts> rollouts = (rng, n) -> rollouts(policy, sft, reward, d.train(), r, beta, rng);
        boolean learned = stage.startsWith("rl-beta");
        double perStep = Rollout.forwardTokens(rows, len, Sums.MAX_RESPONSE) * forwardFlops(r.shape()) // writing the responses
                + (learned ? (double) rows * (len + Sums.MAX_RESPONSE) * forwardFlops(r.shape()) : 0) // the reward model reads them
                + 2.0 * rows * (len + Sums.MAX_RESPONSE - 1) * forwardFlops(r.shape())                     // log π and log π_ref for the KL
                + (double) rows * (len + Sums.MAX_RESPONSE - 1) * trainFlops(r.shape());                   // the policy-gradient step
        CurveRun.Curve c = CurveRun.run(folder, r.id(stage), policy::parameters, PolicyGradient.objective(policy::forward), rollouts,
                r.config(r.rlSteps(), rows, r.rlLearningRate(), 0f), CurveRun.every(Math.max(1, r.rlSteps() / r.rlMeasurements()), r.rlSteps()),
                POLICY_COLUMNS, step -> measurePolicy(policy, sft, rm, scale, d.heldOut(), r, step, step * perStep), null);
        return new Run<>(stage, policy, c);
    }

    /** DPO on the reward model's training pairs, from the SFT model, with the SFT model as reference. */
    public static Run<Gpt> dpo(Path folder, Recipe r, Data d, Gpt sft, RewardModel rm) {
        Gpt policy = copy(sft, r);
        float scale = rewardScale(rm, sft, d, r);
        Comparisons pairs = d.trainComparisons();
        int t = longestPair(pairs) - 1;
        double perStep = 2.0 * r.dpoBatch() * t * (trainFlops(r.shape()) + forwardFlops(r.shape()));
        CurveRun.Curve c = CurveRun.run(folder, r.id("dpo-beta-" + betaName(r.dpoBeta())), policy::parameters, Dpo.objective(policy, sft, r.dpoBeta()),
                pairs, r.config(r.dpoSteps(), r.dpoBatch(), r.dpoLearningRate(), 0f), CurveRun.every(Math.max(1, r.dpoSteps() / 4), r.dpoSteps()),
                POLICY_COLUMNS, step -> measurePolicy(policy, sft, rm, scale, d.heldOut(), r, step, step * perStep), null);
        return new Run<>("dpo", policy, c);
    }

    /**
     * The unit RL measures the learned reward in: the standard deviation of the reward model's
     * scores of the SFT model's own responses (4 each to 128 training questions, a fixed seed).
     * A Bradley-Terry reward has no scale of its own (only differences are fitted, and a confident
     * model's can reach tens of nats), so β means the same thing for any reward model only once the
     * reward is put in such a unit; Ouyang et al. (2022) likewise normalise theirs on the SFT model's samples.
     */
    public static float rewardScale(RewardModel rm, Gpt sft, Data d, Recipe r) {
        Random rng = new Random(r.seed() + 7);
        List<int[]> prompts = new ArrayList<>();
        for (int i = 0; i < 128; i++) prompts.add(Sums.question(d.train().get(rng.nextInt(d.train().size()))));
        List<int[]> responses = Rollout.write(sft, prompts, 4, rng, WordTokenizer.END_ID, Sums.MAX_RESPONSE);
        float[] scores = rm.score(examples(prompts, 4, responses));
        double mean = 0, sq = 0;
        for (float x : scores) mean += x / (double) scores.length;
        for (float x : scores) sq += (x - mean) * (x - mean) / scores.length;
        return (float) Math.max(Math.sqrt(sq), 1e-3);
    }

    /** One step's rollouts: prompts drawn from the pool, responses sampled, scored, penalised and baselined. */
    static PolicyGradient.Rollouts rollouts(Gpt policy, Gpt reference, Reward reward, List<ArithmeticProblem> pool, Recipe r,
                                            float beta, Random rng) {
        List<int[]> prompts = new ArrayList<>();
        List<ArithmeticProblem> asked = new ArrayList<>();
        for (int i = 0; i < r.rlPrompts(); i++) {
            ArithmeticProblem p = pool.get(rng.nextInt(pool.size()));
            prompts.add(Sums.question(p));
            for (int k = 0; k < r.rlSamples(); k++) asked.add(p);
        }
        List<int[]> responses = Rollout.write(policy, prompts, r.rlSamples(), rng, WordTokenizer.END_ID, Sums.MAX_RESPONSE);
        Examples.Example[] examples = examples(prompts, r.rlSamples(), responses);
        Examples.Batch batch = Examples.batch(examples);
        float[] rewards = reward.score(asked, examples, responses), logP, refLogP;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            logP = PolicyGradient.logProbs(policy::forward, batch).host().data.clone();
            refLogP = PolicyGradient.logProbs(reference::forward, batch).host().data.clone();
        }
        float[] returns = PolicyGradient.penalisedRewards(rewards, logP, refLogP, beta);
        return new PolicyGradient.Rollouts(batch, PolicyGradient.advantages(returns, r.rlSamples()));
    }

    /**
     * A policy on the held-out questions: greedy accuracy by rule, and from {@code evalSamples}
     * sampled responses each the mean learned reward (divided by {@code scale}), the KL estimate
     * mean(log π − log π_ref) in nats, the share right by rule and the share well formed. The
     * sampling seed depends only on the step.
     */
    static double[] measurePolicy(Gpt policy, Gpt reference, RewardModel rm, float scale, List<ArithmeticProblem> heldOut, Recipe r, int step,
                                  double flops) {
        List<int[]> prompts = heldOut.stream().map(Sums::question).toList();
        int k = r.evalSamples();
        List<int[]> sampled = Rollout.write(policy, prompts, k, new Random(r.seed() * 31 + step), WordTokenizer.END_ID, Sums.MAX_RESPONSE);
        Examples.Example[] examples = examples(prompts, k, sampled);
        Examples.Batch batch = Examples.batch(examples);
        float[] reward = rm.score(examples), logP, refLogP;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            logP = PolicyGradient.logProbs(policy::forward, batch).host().data;
            refLogP = PolicyGradient.logProbs(reference::forward, batch).host().data;
        }
        double meanReward = 0, kl = 0, right = 0, formed = 0;
        for (int i = 0; i < examples.length; i++) {
            meanReward += reward[i];
            kl += logP[i] - refLogP[i];
            right += Sums.right(heldOut.get(i / k), sampled.get(i)) ? 1 : 0;
            formed += Sums.wellFormed(sampled.get(i)) ? 1 : 0;
        }
        int n = examples.length;
        return new double[] {flops, accuracy(policy, heldOut), meanReward / n / scale, kl / n, right / n, formed / n};
    }

    // ---- measuring ---------------------------------------------------------------------------------------

    /** Greedy responses to the held-out questions, one per sum. */
    public static List<int[]> answers(Gpt model, List<ArithmeticProblem> sums) {
        return Rollout.write(model, sums.stream().map(Sums::question).toList(), 1, null, WordTokenizer.END_ID, Sums.MAX_RESPONSE);
    }

    /** The share of held-out questions whose greedy response is exactly the answer and {@code <end>}. */
    public static double accuracy(Gpt model, List<ArithmeticProblem> sums) {
        List<int[]> a = answers(model, sums);
        int right = 0;
        for (int i = 0; i < sums.size(); i++) right += Sums.right(sums.get(i), a.get(i)) ? 1 : 0;
        return right / (double) sums.size();
    }

    /** The share of held-out sums the model completes right in drill form: "23+45=" then "68;". */
    public static double drillAccuracy(Gpt model, List<ArithmeticProblem> sums) {
        WordTokenizer tok = Sums.tokenizer();
        int semicolon = tok.id(";");
        List<int[]> out = Rollout.write(model, sums.stream().map(p -> tok.encode(";" + p.prompt())).toList(), 1, null, semicolon, 4);
        int right = 0;
        for (int i = 0; i < sums.size(); i++) right += java.util.Arrays.equals(out.get(i), tok.encode(sums.get(i).answer() + ";")) ? 1 : 0;
        return right / (double) sums.size();
    }

    // ---- compute -------------------------------------------------------------------------------------------

    /** Training FLOPs per token (forward and backward), output head included: the head is a tenth of this tiny model. */
    public static double trainFlops(GptConfig c) {
        Flops f = Flops.perToken(c);
        return f.total() + f.logits();
    }

    /** Forward-pass FLOPs per token: a third of training's. */
    public static double forwardFlops(GptConfig c) {
        return trainFlops(c) / 3;
    }

    /** β as the run names write it: 0.01, 0.1, 1. */
    public static String betaName(float beta) {
        return new java.math.BigDecimal(Float.toString(beta)).stripTrailingZeros().toPlainString();
    }

    static Examples.Example[] examples(List<int[]> prompts, int each, List<int[]> responses) {
        Examples.Example[] out = new Examples.Example[responses.size()];
        for (int i = 0; i < out.length; i++) out[i] = Examples.Example.of(prompts.get(i / each), responses.get(i));
        return out;
    }

    static Gpt copy(Gpt from, Recipe r) {
        Gpt to = new Gpt(from.config, r.seed());
        from.parameters().forEach((name, p) -> System.arraycopy(p.host().data, 0, to.parameters().get(name).data, 0, p.size()));
        return to;
    }

    private static int longest(List<Examples.Example> examples) {
        return examples.stream().mapToInt(e -> e.tokens().length).max().orElseThrow() - 1;
    }

    private static int longestPair(Comparisons pairs) {
        Comparisons.Batch all = pairs.all();
        int n = 0;
        for (int i = 0; i < all.size(); i++) n = Math.max(n, Math.max(all.chosen()[i].tokens().length, all.rejected()[i].tokens().length));
        return n;
    }
}
