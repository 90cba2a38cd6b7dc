package jielong.course.hallucination;

import java.util.ArrayList;
import java.util.List;

import jielong.calibration.Abstention;
import jielong.calibration.Reliability;
import jielong.viz.BarPlot;
import jielong.viz.LinePlot;
import jielong.viz.Plot;
import org.knowm.xchart.style.Styler;

/** The lesson's charts, each a {@link Plot} a notebook cell shows. */
public final class HallucinationPlots {
    private HallucinationPlots() {}

    /** Accuracy and mean confidence per mention bucket, for the biography facts. */
    public static BarPlot byMentions(List<Answer> answers) {
        List<String> buckets = new ArrayList<>();
        List<Double> accuracy = new ArrayList<>(), confidence = new ArrayList<>();
        for (String b : Groups.MENTION_BUCKETS) {
            List<Answer> in = answers.stream().filter(Groups::biographyFact).filter(a -> Groups.bucket(a.cloze().mentions()).equals(b)).toList();
            if (in.isEmpty()) continue;
            buckets.add(b);
            accuracy.add(Groups.share(in, Answer::correct));
            confidence.add(Groups.meanConfidence(in));
        }
        BarPlot plot = Plot.bars("Biography facts by times seen in training")
                .axes("times the person's biography is in the training text", "share right / mean probability")
                .series("accuracy (share right)", buckets, accuracy.stream().mapToDouble(Double::doubleValue).toArray())
                .series("mean confidence (probability of the answer)", buckets, confidence.stream().mapToDouble(Double::doubleValue).toArray());
        plot.chart().getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        return plot;
    }

    /** Reliability diagram: accuracy against mean confidence per bin, before and after temperature scaling, with the diagonal. */
    public static LinePlot reliability(String title, Reliability before, Reliability after, double temperature) {
        LinePlot plot = Plot.line(title).axes("confidence (probability of the answer)", "accuracy (share right)")
                .series("perfect calibration", new double[] {0, 1}, new double[] {0, 1});
        plot.points("before (T = 1), ECE " + jielong.notebook.Numbers.significant(before.ece(), 3), x(before), y(before));
        plot.points("after temperature scaling (T = " + jielong.notebook.Numbers.significant(temperature, 3) + "), ECE "
                + jielong.notebook.Numbers.significant(after.ece(), 3), x(after), y(after));
        plot.chart().getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0)
                .setLegendPosition(Styler.LegendPosition.InsideSE);
        return plot;
    }

    /** Coverage against accuracy as the abstention threshold rises, one curve per set of answers. */
    public static LinePlot coverage(String title, List<String> names, List<List<Abstention>> curves) {
        LinePlot plot = Plot.line(title).axes("coverage (share of questions answered)", "accuracy of the answers given (share right)");
        for (int i = 0; i < names.size(); i++) {
            List<Abstention> c = curves.get(i);
            plot.series(names.get(i), c.stream().mapToDouble(Abstention::coverage).toArray(),
                    c.stream().mapToDouble(Abstention::accuracy).toArray());
        }
        plot.chart().getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0)
                .setLegendPosition(Styler.LegendPosition.InsideNE);
        return plot;
    }

    private static double[] x(Reliability r) {
        return r.bins().stream().filter(b -> b.count() > 0).mapToDouble(Reliability.Bin::meanConfidence).toArray();
    }

    private static double[] y(Reliability r) {
        return r.bins().stream().filter(b -> b.count() > 0).mapToDouble(Reliability.Bin::accuracy).toArray();
    }
}
