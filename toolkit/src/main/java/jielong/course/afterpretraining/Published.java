package jielong.course.afterpretraining;

import java.util.List;

import jielong.course.reasoning.Format;
import jielong.experiment.ComputeTable;
import jielong.experiment.ResultsTable;
import jielong.experiment.RunResult;
import jielong.notebook.Numbers;
import jielong.viz.Tables;
import tech.tablesaw.api.Table;

/**
 * What the small scale cannot show, figure by figure: the published number beside the learner's
 * own, and the gap between them in words.
 */
public final class Published {
    /** GPT-3's training compute, FLOPs (Brown et al. 2020, table D.1: 3.14·10²³). */
    public static final double GPT3_FLOPS = 3.14e23;
    /** Chinchilla's training compute, FLOPs: 6 · 70·10⁹ parameters · 1.4·10¹² tokens (Hoffmann et al. 2022). */
    public static final double CHINCHILLA_FLOPS = 6 * 70e9 * 1.4e12;
    /** Kaplan et al. 2020's exponent of loss against compute on the efficient frontier, L ∝ C^−0.050. */
    public static final double KAPLAN_ALPHA_C = 0.050;
    /** Hoffmann et al. 2022: compute-optimal training uses about 20 tokens per parameter. */
    public static final double CHINCHILLA_TOKENS_PER_PARAMETER = 20;

    private Published() {}

    /** The table: published figure, source, ours, and what the gap means. */
    public static Table table(Readings r) {
        Table t = Tables.table("The published figures beside yours", "quantity", "published", "source", "yours", "what the gap means");
        double ours = r.all().points().stream().mapToDouble(p -> p.flops()).max().orElse(0);
        Tables.row(t, "largest training compute", Numbers.significant(GPT3_FLOPS, 3) + " FLOPs (GPT-3); "
                        + Numbers.significant(CHINCHILLA_FLOPS, 3) + " (Chinchilla)", "Brown et al. 2020; Hoffmann et al. 2022",
                ours > 0 ? Numbers.significant(ours, 3) + " FLOPs" : "no run read",
                ours > 0 ? "about 10^" + Math.round(Math.log10(GPT3_FLOPS / ours)) + " times less than GPT-3: a laptop's minutes against"
                        + " thousands of GPUs for weeks" : "—");
        String alpha = "no sweep read", ratio = "no sweep read";
        if (!r.pre().isEmpty()) {
            alpha = "α = " + Numbers.significant(CourseReport.computeLaw(r.pre()).alpha(), 2) + " (nats/byte, "
                    + CourseCurves.ends(r.pre(), CourseCurves.VAL_LOSS).size() + " runs)";
            RunResult best = bestRun(ResultsTable.read(r.sweep().folder()));
            ratio = Numbers.significant((double) best.tokens() / best.parameters(), 3) + " tokens per parameter (" + best.spec().id()
                    + ", the lowest loss)";
        }
        Tables.row(t, "loss against compute, L ∝ C^−α", "α_C ≈ " + KAPLAN_ALPHA_C + " over 8 orders of magnitude", "Kaplan et al. 2020",
                alpha, "a steeper slope over 2-3 decades of compute: far from the irreducible loss, small runs gain fast; the"
                        + " law's reach is only seen over many decades");
        Tables.row(t, "compute-optimal data", "≈ " + Numbers.format(CHINCHILLA_TOKENS_PER_PARAMETER) + " tokens per parameter",
                "Hoffmann et al. 2022", ratio, "our sweep's grid is coarse and its models tiny: the ratio is only indicative");
        String cot = "no lesson 17 run read";
        if (!r.steps().isEmpty()) {
            int largest = jielong.course.reasoning.ReasoningLesson.addition(r.reasoning().fast()).sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
            double plain = lastOf(r.steps(), CourseCurves.EXACT_MATCH, CourseCurves.sumCurve(Format.ANSWER_ONLY, largest));
            double steps = lastOf(r.steps(), CourseCurves.EXACT_MATCH, CourseCurves.sumCurve(Format.STEPS, largest));
            double tripsPlain = lastOf(r.steps(), "two_legs", CourseCurves.tripCurve(Format.ANSWER_ONLY));
            double tripsSteps = lastOf(r.steps(), "two_legs", CourseCurves.tripCurve(Format.STEPS));
            cot = "3-digit sums " + Numbers.percent(plain) + " → " + Numbers.percent(steps) + ", 2-leg trips " + Numbers.percent(tripsPlain)
                    + " → " + Numbers.percent(tripsSteps) + " (answer only → trained on steps)";
        }
        Tables.row(t, "written reasoning steps", "GSM8K 17.9% → 56.9% (PaLM 540B, 8 worked examples in the prompt)", "Wei et al. 2022",
                cot, "ours trains on the steps, theirs only prompts with them: prompting alone helps only at large scale");
        String rl = r.post().present() ? CourseReport.postShare(r.stages()) : "lesson 18's runs are absent";
        Tables.row(t, "RL compute after pre-training", "accuracy rises smoothly with the log of train-time RL compute and of thinking"
                        + " time (o1); o3 used about 10× o1's RL compute; no FLOPs published",
                "OpenAI 2024 (o1), 2025 (o3); Snell et al. 2024", rl,
                "the labs give trends, not FLOPs: only the shape (a straight line on a log axis) can be compared");
        Tables.row(t, "pre-training's limit", "data, \"the fossil fuel of AI\", does not grow as compute does", "Sutskever, NeurIPS 2024",
                "our corpora are fixed files of megabytes: every lesson reuses them", "the data wall is a matter of trillions of tokens;"
                        + " a course cannot reach it, only reason about it");
        return t;
    }

    private static double lastOf(ComputeTable t, String metric, String curve) {
        return t.series(metric).stream().filter(s -> s.name().equals(curve)).findFirst().map(ComputeTable.Series::last).orElse(Double.NaN);
    }

    /** The sweep's run with the lowest validation loss. */
    static RunResult bestRun(ResultsTable results) {
        List<RunResult> rows = results.rows();
        RunResult best = rows.get(0);
        for (RunResult x : rows) if (x.valLoss() < best.valLoss()) best = x;
        return best;
    }
}
