package jielong.course.posttraining;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jielong.course.Runs;
import jielong.course.emergence.SideBySide;
import jielong.data.ArithmeticProblem;
import jielong.experiment.ComputeLog;
import jielong.model.Gpt;
import jielong.notebook.Numbers;
import jielong.train.RewardModel;
import jielong.viz.Tables;
import tech.tablesaw.api.Table;

/**
 * Lesson 18's settings and results in one place: the recipe for full and fast mode, the whole
 * pipeline run (or loaded) stage by stage, its samples and compute as tables, and the compute log
 * {@code runs/18-post-training/<mode>/compute.csv} that lesson 20 reads.
 */
public final class PostTrainingLesson {
    /** The notebook's name, and its run folder's. */
    public static final String NAME = "18-post-training";
    /** One seed for weights, data and batches. */
    public static final long SEED = 18;
    /** The KL weights RL is run with. */
    public static final List<Float> BETAS = List.of(0.01f, 0.1f, 1f);

    private PostTrainingLesson() {}

    /** {@code runs/18-post-training/full} or {@code .../fast}. */
    public static Path folder(boolean fast) {
        return Runs.lesson(NAME, fast);
    }

    /**
     * Full mode: width 48, 2 layers (57,600 weights); 2,400 pre-training steps of 32 windows of 16
     * tokens; SFT 300 steps of 32 questions; a reward model on 6,000 pairs for 600 steps; RL 400
     * steps of 16 questions × 4 responses per β; DPO 300 steps of 32 pairs; 300 held-out questions,
     * 4 samples each for the reward and KL. Fast mode: 1,400 pre-training steps (drill is learnt
     * late, between steps 1,200 and 1,800), a reward model on 2,000 pairs for 150 steps, 60 steps of
     * RL and DPO, 100 held-out questions with 2 samples each.
     */
    public static Recipe recipe(boolean fast) {
        return fast
                ? new Recipe(48, 2, 20_000, 1_400, 32, 120, 32, 2_000, 150, 32, 60, 16, 4, 3, 60, 32, 0.1f, 100, 2, 1e-2f, 1e-3f, 3e-4f, 2e-4f, SEED)
                : new Recipe(48, 2, 40_000, 2_400, 32, 300, 32, 6_000, 600, 32, 400, 16, 4, 8, 300, 32, 0.1f, 300, 4, 1e-2f, 1e-3f, 3e-4f, 2e-4f, SEED);
    }

    /** The β of the RL run rewarded by the rule instead of the reward model. */
    public static final float RULE_BETA = 0.1f;

    /**
     * Every stage's run: pre-training, SFT, the reward model, RL for each β (in {@link #BETAS}
     * order), DPO, and RL rewarded by the rule (β = {@link #RULE_BETA}).
     */
    public record Results(Recipe recipe, Stages.Data data, Stages.Run<Gpt> base, Stages.Run<Gpt> sft, Stages.Run<RewardModel> rewardModel,
                          List<Stages.Run<Gpt>> rl, Stages.Run<Gpt> dpo, Stages.Run<Gpt> ruleRl) {
        /** The RL run for one β. */
        public Stages.Run<Gpt> rl(float beta) {
            return rl.get(BETAS.indexOf(beta));
        }
    }

    /**
     * Trains (or loads) every stage in turn: pre-training, SFT and the reward model one after the
     * other, then the RL runs and DPO side by side; writes the compute log.
     */
    public static Results run(boolean fast) {
        Path folder = folder(fast);
        Recipe r = recipe(fast);
        Stages.Data d = Stages.data(r);
        Stages.Run<Gpt> base = Stages.pretrain(folder, r, d);
        Stages.Run<Gpt> sft = Stages.sft(folder, r, d, base.model());
        Stages.Run<RewardModel> rm = Stages.rewardModel(folder, r, d, sft.model());
        return policies(folder, r, d, base, sft, rm);
    }

    /**
     * The three RL runs (one per β), DPO and RL on the rule, from the SFT model, side by side, one per core (each
     * run single-threaded, so its numbers do not depend on how many ran at once); then the compute
     * log is written, whole, to {@code compute.csv} in the folder.
     */
    public static Results policies(Path folder, Recipe r, Stages.Data d, Stages.Run<Gpt> base, Stages.Run<Gpt> sft, Stages.Run<RewardModel> rm) {
        Map<String, Stages.Run<Gpt>> done = new ConcurrentHashMap<>();
        List<Runnable> jobs = new ArrayList<>();
        jobs.add(() -> done.put("dpo", Stages.dpo(folder, r, d, sft.model(), rm.model())));
        for (float beta : BETAS) jobs.add(() -> done.put(Stages.betaName(beta), Stages.rl(folder, r, d, sft.model(), rm.model(), beta)));
        jobs.add(() -> done.put("rule", Stages.rlOnRule(folder, r, d, sft.model(), rm.model(), RULE_BETA)));
        SideBySide.run(jobs);
        List<Stages.Run<Gpt>> rl = BETAS.stream().map(b -> done.get(Stages.betaName(b))).toList();
        Results results = new Results(r, d, base, sft, rm, rl, done.get("dpo"), done.get("rule"));
        computeLog(results).write(folder.resolve("compute.csv"));
        return results;
    }

    /** A pre-training or SFT run along its training: FLOPs so far and the greedy accuracy in each format. */
    public static Table curve(Stages.Run<Gpt> run) {
        Table t = Tables.table(run.stage() + " along training (held-out sums)", "step", "FLOPs so far", "questions answered right",
                "drill completed right");
        double[] steps = run.curve().steps();
        for (int i = 0; i < steps.length; i++) {
            Tables.row(t, Numbers.count((long) steps[i]), Numbers.format(run.column("flops")[i]), Numbers.percent(run.column("accuracy")[i]),
                    Numbers.percent(run.column("drill_accuracy")[i]));
        }
        return t;
    }

    /** Post-training's FLOPs (SFT, the reward model, every RL run and DPO) as a multiple of pre-training's. */
    public static double postTrainingShare(Results res) {
        double post = res.sft().last("flops") + res.rewardModel().last("flops") + res.dpo().last("flops");
        for (Stages.Run<Gpt> r : res.rl()) post += r.last("flops");
        return post / res.base().last("flops");
    }

    /** The reward model's held-out pairwise accuracy at the end, overall and by kind of wrong answer. */
    public static Table rewardModelTable(Stages.Run<RewardModel> rm, Stages.Data d) {
        long carries = 0;
        for (int i = 0; i < d.heldOut().size(); i++) carries += Sums.droppedCarry(d.heldOut().get(i), d.heldOutPairs().get(i)) ? 1 : 0;
        Table t = Tables.table("Reward model: held-out pairs ranked the right way round", "pairs", "count", "before training", "after training");
        Tables.row(t, "all", Numbers.count(d.heldOut().size()), Numbers.percent(rm.column("pairwise_accuracy")[0]), Numbers.percent(rm.last("pairwise_accuracy")));
        Tables.row(t, "wrong answer: carries dropped", Numbers.count(carries), Numbers.percent(rm.column("dropped_carry")[0]), Numbers.percent(rm.last("dropped_carry")));
        Tables.row(t, "wrong answer: one digit off", Numbers.count(d.heldOut().size() - carries), Numbers.percent(rm.column("digit_off")[0]),
                Numbers.percent(rm.last("digit_off")));
        return t;
    }

    /** Rewards the model gives to several responses to the same held-out questions: the right one, its near misses, and what RL at the smallest β writes. */
    public static Table rewardProbe(Results res, int n) {
        Table t = Tables.table("Learned rewards (nats) of responses to held-out questions", "question", "right answer", "reward (right)",
                "carries dropped", "reward (dropped)", "RL β = " + Stages.betaName(BETAS.get(0)) + " writes", "reward (RL's)");
        RewardModel rm = res.rewardModel().model();
        List<ArithmeticProblem> qs = res.data().heldOut().subList(0, Math.min(n, res.data().heldOut().size()));
        List<int[]> hacked = Stages.answers(res.rl().get(0).model(), qs);
        for (int i = 0; i < qs.size(); i++) {
            ArithmeticProblem p = qs.get(i);
            String dropped = jielong.data.Preferences.withoutCarries(p);
            int[] q = Sums.question(p);
            float[] r = rm.score(jielong.train.Examples.Example.of(q, Sums.response(p.answer())), jielong.train.Examples.Example.of(q, Sums.response(dropped)),
                    jielong.train.Examples.Example.of(q, hacked.get(i)));
            Tables.row(t, "what is " + p.left() + "+" + p.right() + " ?", p.answer(), Numbers.format(r[0]), dropped.equals(p.answer()) ? "(no carry)" : dropped,
                    Numbers.format(r[1]), Sums.show(hacked.get(i)) + (Sums.right(p, hacked.get(i)) ? " ✓" : ""), Numbers.format(r[2]));
        }
        return t;
    }

    /** One RL run along its training: the learned reward rising while the answers right by rule fall is reward hacking. */
    public static Table alongTraining(Stages.Run<Gpt> run) {
        Table t = Tables.table(run.stage() + " along training (held-out questions)", "step", "learned reward (SFT s.d.)", "KL to SFT (nats)",
                "sampled answers right", "greedy answers right", "well formed");
        double[] steps = run.curve().steps();
        for (int i = 0; i < steps.length; i++) {
            Tables.row(t, Numbers.count((long) steps[i]), Numbers.format(run.column("reward")[i]), Numbers.format(run.column("kl")[i]),
                    Numbers.percent(run.column("sampled_right")[i]), Numbers.percent(run.column("accuracy")[i]), Numbers.percent(run.column("well_formed")[i]));
        }
        return t;
    }

    /**
     * The compute log: for every stage a row per measurement of the FLOPs it had spent and the
     * greedy accuracy by rule on the held-out questions (while the reward model trains the policy
     * is the SFT model, so its accuracy is SFT's); the reward model adds its pairwise accuracy, RL
     * and DPO the learned reward and the KL to the SFT model, and pre-training and SFT the drill accuracy.
     * RL on the rule is left out: lesson 20 compares the stages of the usual pipeline.
     */
    public static ComputeLog computeLog(Results res) {
        ComputeLog log = new ComputeLog();
        for (Stages.Run<Gpt> lm : List.of(res.base(), res.sft())) {
            double[] f = lm.column("flops"), acc = lm.column("accuracy"), drill = lm.column("drill_accuracy");
            for (int i = 0; i < f.length; i++) log.add(lm.stage(), f[i], "accuracy", acc[i]).add(lm.stage(), f[i], "drill-accuracy", drill[i]);
        }
        double sftAccuracy = res.sft().last("accuracy");
        double[] f = res.rewardModel().column("flops"), pairwise = res.rewardModel().column("pairwise_accuracy");
        for (int i = 0; i < f.length; i++) {
            log.add("reward-model", f[i], "accuracy", sftAccuracy).add("reward-model", f[i], "pairwise-accuracy", pairwise[i]);
        }
        List<Stages.Run<Gpt>> policies = new ArrayList<>(res.rl());
        policies.add(res.dpo());
        for (Stages.Run<Gpt> p : policies) {
            double[] pf = p.column("flops");
            for (int i = 0; i < pf.length; i++) {
                log.add(p.stage(), pf[i], "accuracy", p.column("accuracy")[i]).add(p.stage(), pf[i], "reward", p.column("reward")[i])
                        .add(p.stage(), pf[i], "kl", p.column("kl")[i]).add(p.stage(), pf[i], "sampled-accuracy", p.column("sampled_right")[i]);
            }
        }
        return log;
    }

    /** The first {@code n} held-out questions and each stage's greedy response: before and after, side by side. */
    public static Table samples(Results res, int n) {
        List<String> heads = new ArrayList<>(List.of("question", "right answer", "pre-trained", "SFT"));
        for (float b : BETAS) heads.add("RL β = " + Stages.betaName(b));
        heads.add("DPO");
        heads.add("RL on the rule");
        Table t = Tables.table("Greedy responses to held-out questions (⏎ = it ended; … = it ran out of room)", heads.toArray(String[]::new));
        List<ArithmeticProblem> qs = res.data().heldOut().subList(0, Math.min(n, res.data().heldOut().size()));
        List<List<int[]>> answers = new ArrayList<>();
        answers.add(Stages.answers(res.base().model(), qs));
        answers.add(Stages.answers(res.sft().model(), qs));
        for (Stages.Run<Gpt> r : res.rl()) answers.add(Stages.answers(r.model(), qs));
        answers.add(Stages.answers(res.dpo().model(), qs));
        answers.add(Stages.answers(res.ruleRl().model(), qs));
        for (int i = 0; i < qs.size(); i++) {
            List<String> row = new ArrayList<>(List.of("what is " + qs.get(i).left() + "+" + qs.get(i).right() + " ?", qs.get(i).answer()));
            for (List<int[]> a : answers) row.add(Sums.show(a.get(i)) + (Sums.right(qs.get(i), a.get(i)) ? " ✓" : ""));
            Tables.row(t, row.toArray(String[]::new));
        }
        return t;
    }

    /** One row per stage: FLOPs it spent, and at its end the greedy accuracy, the learned reward and the KL to the SFT model. */
    public static Table stages(Results res) {
        Table t = Tables.table("Each stage at its end (held-out questions)", "stage", "FLOPs spent", "share of pre-training's",
                "greedy accuracy", "sampled accuracy", "learned reward (SFT s.d.)", "KL to SFT (nats)");
        double pre = res.base().last("flops");
        Tables.row(t, "pre-training", Numbers.format(pre), "100%", Numbers.percent(res.base().last("accuracy")), "-", "-", "-");
        Tables.row(t, "SFT", Numbers.format(res.sft().last("flops")), Numbers.percent(res.sft().last("flops") / pre),
                Numbers.percent(res.sft().last("accuracy")), "-", "-", "-");
        Tables.row(t, "reward model", Numbers.format(res.rewardModel().last("flops")), Numbers.percent(res.rewardModel().last("flops") / pre),
                "pairs " + Numbers.percent(res.rewardModel().last("pairwise_accuracy")), "-", "-", "-");
        List<Stages.Run<Gpt>> policies = new ArrayList<>(res.rl());
        policies.add(res.dpo());
        policies.add(res.ruleRl());
        for (Stages.Run<Gpt> p : policies) {
            Tables.row(t, p.stage(), Numbers.format(p.last("flops")), Numbers.percent(p.last("flops") / pre), Numbers.percent(p.last("accuracy")),
                    Numbers.percent(p.last("sampled_right")), Numbers.format(p.last("reward")), Numbers.format(p.last("kl")));
        }
        return t;
    }

    /** The SFT model's own samples on held-out questions: the start of every RL curve (step 0 of RL). */
    public static double[] start(Results res) {
        Stages.Run<Gpt> any = res.rl().get(0);
        return new double[] {any.column("reward")[0], any.column("kl")[0], any.column("sampled_right")[0]};
    }

    /** How many RL steps (of this recipe, one β) cost as much as all of pre-training. */
    public static double rlStepsToMatchPretraining(Results res) {
        Stages.Run<Gpt> rl = res.rl().get(0);
        double perStep = rl.last("flops") / res.recipe().rlSteps();
        double spentBefore = res.sft().last("flops") + res.rewardModel().last("flops");
        return (res.base().last("flops") - spentBefore) / perStep;
    }
}
