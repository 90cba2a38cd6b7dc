package jielong.course.posttraining;

import java.util.ArrayList;
import java.util.List;

import jielong.model.Gpt;
import jielong.viz.BarPlot;
import jielong.viz.LinePlot;
import jielong.viz.Plot;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Lesson 18's charts: the reward-KL frontier of RL for each β with DPO's point beside it, the true
 * (rule-checked) correctness against the same KL, where over-optimisation shows, and the compute
 * of each stage. The KL spans three decades from β = 1 to β = 0.01, so it goes on a log axis.
 */
public final class PostTrainingPlots {
    private PostTrainingPlots() {}

    /** Learned reward against KL to the SFT model along each RL run (step 0 is the SFT model), DPO's measurements as points. */
    public static LinePlot frontier(PostTrainingLesson.Results res) {
        LinePlot p = Plot.line("Reward against KL: RL for three β, and DPO").axes("KL(π ‖ π_SFT), nats per response (log scale)",
                "learned reward (SFT s.d.)").logX();
        for (Stages.Run<Gpt> r : res.rl()) p.series(label(r), positive(r, r.column("kl")), positive(r, r.column("reward")));
        p.points("DPO, β = " + Stages.betaName(res.recipe().dpoBeta()), positive(res.dpo(), res.dpo().column("kl")), positive(res.dpo(), res.dpo().column("reward")));
        p.chart().getStyler().setLegendPosition(LegendPosition.InsideSE);
        return p;
    }

    /** Sampled responses right by rule against the same KL: the reward the learned one stands in for; RL rewarded by the rule itself for comparison. */
    public static LinePlot trueReward(PostTrainingLesson.Results res) {
        LinePlot p = Plot.line("What the learned reward stands for: answers right by rule").axes("KL(π ‖ π_SFT), nats per response (log scale)",
                "sampled answers right (share)").logX();
        for (Stages.Run<Gpt> r : res.rl()) p.series(label(r), positive(r, r.column("kl")), positive(r, r.column("sampled_right")));
        p.points("DPO, β = " + Stages.betaName(res.recipe().dpoBeta()), positive(res.dpo(), res.dpo().column("kl")), positive(res.dpo(), res.dpo().column("sampled_right")));
        Stages.Run<Gpt> rule = res.ruleRl();
        p.series("RL on the rule, β = " + Stages.betaName(PostTrainingLesson.RULE_BETA), positive(rule, rule.column("kl")), positive(rule, rule.column("sampled_right")));
        p.chart().getStyler().setLegendPosition(LegendPosition.OutsideS);
        return p;
    }

    /** FLOPs each stage spent (within a factor of about 20 of each other here, so a linear axis). */
    public static BarPlot compute(PostTrainingLesson.Results res) {
        List<String> names = new ArrayList<>(List.of("pre-training", "SFT", "reward model"));
        List<Double> flops = new ArrayList<>(List.of(res.base().last("flops"), res.sft().last("flops"), res.rewardModel().last("flops")));
        for (Stages.Run<Gpt> r : res.rl()) {
            names.add("RL β = " + r.stage().substring("rl-beta-".length()));
            flops.add(r.last("flops"));
        }
        names.add("DPO");
        flops.add(res.dpo().last("flops"));
        names.add("RL on the rule");
        flops.add(res.ruleRl().last("flops"));
        BarPlot b = Plot.bars("Training compute by stage").axes("stage", "FLOPs")
                .series("FLOPs", names, flops.stream().mapToDouble(Double::doubleValue).toArray());
        b.chart().getStyler().setLegendVisible(false);
        return b;
    }

    /**
     * The values at the measurements whose KL estimate is above 0.001 nats: a log axis has no 0 (the
     * SFT model, step 0), and a Monte Carlo estimate of a KL that small can come out negative.
     */
    private static double[] positive(Stages.Run<Gpt> r, double[] values) {
        double[] kl = r.column("kl");
        return java.util.stream.IntStream.range(0, kl.length).filter(i -> kl[i] > 1e-3).mapToDouble(i -> values[i]).toArray();
    }

    private static String label(Stages.Run<Gpt> r) {
        return "RL, β = " + r.stage().substring("rl-beta-".length());
    }
}
