package jielong.course.emergence;

import java.util.List;
import java.util.function.Function;

import jielong.experiment.CurveRun;
import jielong.viz.LinePlot;
import org.knowm.xchart.style.Styler.LegendPosition;
import jielong.viz.Plot;

/**
 * Lesson 07's charts. Model size goes on a log axis (the family doubles in size step by step),
 * and so do grokking's steps, on which memorising and generalising sit a decade apart; step 0 is
 * left off a log axis. Accuracies are shares from 0 to 1.
 */
public final class EmergencePlots {
    private EmergencePlots() {}

    /** Exact match, per-token accuracy and the two predictions from it, against parameters. */
    public static LinePlot accuracyBySize(List<AdditionFamily.Member> family) {
        double[] n = family.stream().mapToDouble(m -> (double) m.parameters()).toArray();
        Function<String, double[]> col = c -> family.stream().mapToDouble(m -> m.last(c)).toArray();
        return decadesLogX(styled(Plot.line("Addition by model size: four scores of the same answers"), LegendPosition.OutsideS))
                .axes("parameters (log scale)", "share right (problems or tokens)")
                .logX()
                .points("exact match (whole answer right)", n, col.apply("exact_match"))
                .points("per-token accuracy p", n, col.apply("token_accuracy"))
                .series("prediction p^L, L = 6", n, col.apply("predicted_p_to_the_L"))
                .series("prediction: product of the 6 positions' accuracies", n, col.apply("predicted_by_position"));
    }

    /** The accuracy at each answer position against parameters: which digits each size has learnt. */
    public static LinePlot positionsBySize(List<AdditionFamily.Member> family) {
        double[] n = family.stream().mapToDouble(m -> (double) m.parameters()).toArray();
        LinePlot plot = decadesLogX(styled(Plot.line("Addition by model size: each answer digit's accuracy"), LegendPosition.OutsideS))
                .axes("parameters (log scale)", "share right at that position")
                .logX();
        String[] names = {"units", "tens", "hundreds", "thousands", "ten thousands", "hundred thousands"};
        for (int k = 1; k <= AdditionTask.ANSWER_LENGTH; k++) {
            String column = AdditionFamily.position(k);
            plot.series("digit " + k + " (" + names[k - 1] + ")", n, family.stream().mapToDouble(m -> m.last(column)).toArray());
        }
        return plot.points("exact match", n, family.stream().mapToDouble(m -> m.last("exact_match")).toArray());
    }

    /** Per-token loss (nats) and edit distance (tokens) against parameters: the smooth metrics. */
    public static LinePlot lossBySize(List<AdditionFamily.Member> family) {
        double[] n = family.stream().mapToDouble(m -> (double) m.parameters()).toArray();
        return decadesLogX(styled(Plot.line("Addition by model size: loss and edit distance"), LegendPosition.InsideNE))
                .axes("parameters (log scale)", "nats per token / tokens per answer")
                .logX()
                .points("per-token loss (nats)", n, family.stream().mapToDouble(m -> m.last("loss_nats")).toArray())
                .points("edit distance to the right answer (tokens)", n, family.stream().mapToDouble(m -> m.last("edit_distance")).toArray());
    }

    /** The watched model's metrics over its training steps. */
    public static LinePlot overSteps(AdditionFamily.Member watched) {
        CurveRun.Curve c = watched.curve();
        double[] s = c.steps();
        return styled(Plot.line("Addition, width " + watched.width() + " over its training steps"), LegendPosition.InsideSE)
                .axes("training step", "share right (problems or tokens)")
                .points("exact match", s, c.column("exact_match"))
                .points("per-token accuracy p", s, c.column("token_accuracy"))
                .series("prediction p^L", s, c.column("predicted_p_to_the_L"));
    }

    /** Train and validation accuracy against steps (log x): memorised early, generalised late. */
    public static LinePlot grokking(Grokking.Run run) {
        CurveRun.Curve c = run.curve();
        return styled(Plot.line("Grokking: (a + b) mod " + run.setting().p() + ", " + percent(run.setting().fraction()) + " of pairs trained on"), LegendPosition.OutsideS)
                .axes("training step (log scale)", "accuracy")
                .logX()
                .series("train accuracy", positive(c.steps(), c.steps()), positive(c.steps(), c.column("train_accuracy")))
                .series("validation accuracy", positive(c.steps(), c.steps()), positive(c.steps(), c.column("val_accuracy")));
    }

    /** The weight norm against steps (log x). */
    public static LinePlot weightNorm(List<Grokking.Run> runs) {
        LinePlot plot = styled(Plot.line("Weight norm of all parameters"), LegendPosition.OutsideS)
                .axes("training step (log scale)", "L2 norm of all weights").logX();
        for (Grokking.Run r : runs) {
            CurveRun.Curve c = r.curve();
            plot.series("weight decay " + r.setting().weightDecay(), positive(c.steps(), c.steps()), positive(c.steps(), c.column("weight_norm")));
        }
        return plot;
    }

    /** Validation accuracy of several runs against steps (log x), each named by {@code label}. */
    public static LinePlot validation(String title, List<Grokking.Run> runs, Function<Grokking.Run, String> label) {
        LinePlot plot = styled(Plot.line(title), LegendPosition.OutsideS).axes("training step (log scale)", "validation accuracy").logX();
        for (Grokking.Run r : runs) {
            CurveRun.Curve c = r.curve();
            plot.series(label.apply(r), positive(c.steps(), c.steps()), positive(c.steps(), c.column("val_accuracy")));
        }
        return plot;
    }

    /** The embeddings' Fourier spectrum before and after training. */
    public static LinePlot spectrum(double[] before, double[] after, int p) {
        double[] k = new double[after.length];
        for (int i = 0; i < k.length; i++) k[i] = i + 1;
        return styled(Plot.line("Fourier spectrum of the number embeddings, p = " + p), LegendPosition.InsideNE)
                .axes("frequency k (cycles over 0 ... p-1)", "share of the embeddings' power")
                .points("at initialisation", k, before)
                .points("after grokking", k, after);
    }

    /**
     * A log x axis labelled at the powers of ten, 1,000 and 10,000 for the family: labels between
     * them would overlap below 1,000.
     */
    private static LinePlot decadesLogX(LinePlot plot) {
        plot.chart().getStyler().setXAxisLogarithmicDecadeOnly(true);
        plot.chart().getStyler().setXAxisDecimalPattern("#,##0");
        return plot;
    }

    /** The legend inside the plot area, so the chart keeps its width for the data. */
    private static LinePlot styled(LinePlot plot, LegendPosition where) {
        plot.chart().getStyler().setLegendPosition(where);
        return plot;
    }

    private static String percent(double f) {
        return Math.round(100 * f) + "%";
    }

    /** The values at steps above 0 (a log axis has no 0). */
    private static double[] positive(double[] steps, double[] values) {
        return java.util.stream.IntStream.range(0, steps.length).filter(i -> steps[i] > 0).mapToDouble(i -> values[i]).toArray();
    }

}
