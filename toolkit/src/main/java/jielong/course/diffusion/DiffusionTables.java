package jielong.course.diffusion;

import java.util.List;
import java.util.Random;

import jielong.diffusion.ForwardProcess;
import jielong.diffusion.NoiseSchedule;
import jielong.diffusion.SampleDistance;
import jielong.notebook.Numbers;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The lesson's tables: the closed form against step-by-step noising, and models with different numbers of steps. */
public final class DiffusionTables {
    /** Kernel width of the MMD, in plane units (the shape spans 4). */
    public static final double MMD_BANDWIDTH = 0.25;

    private DiffusionTables() {}

    /**
     * The data noised step by step to each t in {@code ts} and, separately, in one jump: for each,
     * the slope of x_t on x_0 (least squares through the origin) and the spread of x_t around
     * √ᾱ_t·x_0, beside the closed form's √ᾱ_t and √(1 − ᾱ_t).
     */
    public static Table closedForm(NoiseSchedule s, float[] x0, int[] ts, long seed) {
        List<float[]> steps = ForwardProcess.trajectory(s, x0, new Random(seed));
        Random jumps = new Random(seed + 1);
        StringColumn slopeFormula = StringColumn.create("√ᾱ_t (closed form)"), slopeSteps = StringColumn.create("slope, step by step"),
                slopeJump = StringColumn.create("slope, one jump"), noiseFormula = StringColumn.create("√(1 − ᾱ_t) (closed form)"),
                noiseSteps = StringColumn.create("noise, step by step"), noiseJump = StringColumn.create("noise, one jump");
        for (int t : ts) {
            float[] jump = ForwardProcess.jump(s, x0, t, ForwardProcess.gaussian(jumps, x0.length));
            double a = Math.sqrt(s.alphaBar(t));
            slopeFormula.append(Numbers.format(a));
            slopeSteps.append(Numbers.format(slope(x0, steps.get(t))));
            slopeJump.append(Numbers.format(slope(x0, jump)));
            noiseFormula.append(Numbers.format(Math.sqrt(1 - s.alphaBar(t))));
            noiseSteps.append(Numbers.format(spread(x0, steps.get(t), a)));
            noiseJump.append(Numbers.format(spread(x0, jump, a)));
        }
        return Table.create("q(x_t | x_0): closed form against " + s.steps() + " steps of noising, " + Numbers.count(x0.length / 2) + " points")
                .addColumns(IntColumn.create("t", ts), slopeFormula, slopeSteps, slopeJump, noiseFormula, noiseSteps, noiseJump);
    }

    /** Σ x_0·x_t / Σ x_0²: how much of each point survives in x_t. */
    static double slope(float[] x0, float[] xt) {
        double xy = 0, xx = 0;
        for (int i = 0; i < x0.length; i++) {
            xy += (double) x0[i] * xt[i];
            xx += (double) x0[i] * x0[i];
        }
        return xy / xx;
    }

    /** The root-mean-square of x_t − a·x_0: the noise's standard deviation. */
    static double spread(float[] x0, float[] xt, double a) {
        double ss = 0;
        for (int i = 0; i < x0.length; i++) {
            double r = xt[i] - a * x0[i];
            ss += r * r;
        }
        return Math.sqrt(ss / x0.length);
    }

    /**
     * What a model of each run's T gives: the data left in x_T, the cost of a sample, the final loss
     * and the distances of its sample to the reference points; a last row measures real data points
     * ({@code realSample}, as many as each sample) the same way, the floor.
     */
    public static Table steps(List<DiffusionRun> runs, List<float[]> samples, float[] realSample, float[] reference) {
        StringColumn t = StringColumn.create("T (steps)");
        StringColumn left = StringColumn.create("√ᾱ_T (data left in x_T)"), chamfer = StringColumn.create("Chamfer distance"),
                mmd = StringColumn.create("MMD² (h = " + MMD_BANDWIDTH + ")"), evaluations = StringColumn.create("network evaluations per sample"),
                loss = StringColumn.create("final training MSE");
        for (int i = 0; i < runs.size(); i++) {
            DiffusionRun r = runs.get(i);
            int steps = r.schedule().steps();
            t.append(Numbers.count(steps));
            left.append(Numbers.format(Math.sqrt(r.schedule().alphaBar(steps))));
            chamfer.append(Numbers.format(SampleDistance.chamfer(samples.get(i), reference, 2)));
            mmd.append(Numbers.significant(SampleDistance.mmd(samples.get(i), reference, 2, MMD_BANDWIDTH), 3));
            evaluations.append(Numbers.count(steps));
            loss.append(Numbers.format(r.finalLoss()));
        }
        t.append("real data");
        left.append("");
        evaluations.append("");
        loss.append("");
        chamfer.append(Numbers.format(SampleDistance.chamfer(realSample, reference, 2)));
        mmd.append(Numbers.significant(SampleDistance.mmd(realSample, reference, 2, MMD_BANDWIDTH), 3));
        return Table.create("Samples of models trained with T steps").addColumns(t, left, evaluations, loss, chamfer, mmd);
    }
}
