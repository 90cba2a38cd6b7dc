package jielong.course.reasoning;

import java.util.List;

import jielong.viz.LinePlot;
import jielong.viz.Plot;
import org.knowm.xchart.style.Styler.LegendPosition;

/** Lesson 17's charts: accuracy (a share of problems from 0 to 1) by training-set size (log axis) and by step. */
public final class ReasoningPlots {
    private ReasoningPlots() {}

    /** Accuracy of each format on each set of trips, side by side. */
    public static jielong.viz.BarPlot trips(List<TripStudy.Result> results) {
        List<String> sets = List.of("held-out, 1 leg", "held-out, 2 legs", "3 legs", "100-190 km/h", "time in hours");
        jielong.viz.BarPlot p = Plot.bars("Trips: answers exactly right, by format and problem set")
                .axes("problem set (the last three harder than any trained)", "answers exactly right (share)");
        for (TripStudy.Result r : results) {
            double[] v = new double[sets.size()];
            for (int i = 0; i < v.length; i++) v[i] = r.last(TripStudy.COLUMNS.get(i));
            p.series(r.format().label(), sets, v);
        }
        p.chart().getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        p.chart().getStyler().setLegendPosition(LegendPosition.InsideNE);
        return p;
    }

    /** Held-out exact match against the number of training sums, one line per format (Lee et al.'s Figure 1). */
    public static LinePlot bySize(List<AdditionStudy.Run> runs, int digits) {
        LinePlot p = Plot.line(digits + "-digit addition: held-out exact match by training examples")
                .axes("distinct training sums (log scale)", "held-out exact match (share of sums)").logX();
        for (Format f : Format.values()) {
            List<AdditionStudy.Run> mine = runs.stream().filter(r -> r.format() == f).toList();
            p.points(f == Format.STEPS ? "scratchpad (column steps, then answer)" : "plain (answer only)",
                    mine.stream().mapToDouble(AdditionStudy.Run::size).toArray(),
                    mine.stream().mapToDouble(AdditionStudy.Run::exactMatch).toArray());
        }
        p.chart().getStyler().setLegendPosition(LegendPosition.InsideNW);
        p.chart().getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return p;
    }

    /** Held-out exact match over training steps for the runs of one training-set size, one line per format. */
    public static LinePlot overSteps(List<AdditionStudy.Run> runs, int size) {
        LinePlot p = Plot.line("Addition, " + String.format("%,d", size) + " training sums: exact match over training")
                .axes("training step", "held-out exact match (share of sums)");
        for (AdditionStudy.Run r : runs) {
            if (r.size() != size) continue;
            p.points(r.format() == Format.STEPS ? "scratchpad" : "plain", r.curve().steps(), r.curve().column("exact_match"));
        }
        p.chart().getStyler().setLegendPosition(LegendPosition.InsideNW);
        p.chart().getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return p;
    }
}
