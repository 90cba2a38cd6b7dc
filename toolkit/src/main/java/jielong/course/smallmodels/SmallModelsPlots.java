package jielong.course.smallmodels;

import java.util.List;

import jielong.viz.BarPlot;
import jielong.viz.LinePlot;
import jielong.viz.Plot;

/** The lesson's charts. */
public final class SmallModelsPlots {
    private SmallModelsPlots() {}

    /** int8 and int4 speed-up over fp32 against the fp32 weights' size, log x, with the line of no gain. */
    public static LinePlot matVecSpeedup(List<Speed.MatVec> rows, String cpu) {
        double[] mb = rows.stream().mapToDouble(m -> m.fp32Bytes() / 1e6).toArray();
        LinePlot p = Plot.line("Quantized x·W against fp32, " + cpu)
                .axes("fp32 weights of W (MB, log scale)", "speed-up over fp32 (×)")
                .series("int8 per-channel", mb, rows.stream().mapToDouble(Speed.MatVec::int8Speedup).toArray())
                .series("int4 per-channel", mb, rows.stream().mapToDouble(Speed.MatVec::int4Speedup).toArray())
                .series("no gain (× 1)", new double[] {mb[0], mb[mb.length - 1]}, new double[] {1, 1});
        return p.logX();
    }

    /** Held-out loss of each model as bars (lower is better), each labelled with a short name. */
    public static BarPlot losses(String title, List<Variant> rows, List<String> labels) {
        if (labels.size() != rows.size()) throw new IllegalArgumentException("one label per model: " + rows.size() + " models, " + labels.size() + " labels");
        BarPlot p = Plot.bars(title).axes("model", "held-out loss (nats/char)")
                .series("held-out loss", labels, rows.stream().mapToDouble(Variant::loss).toArray());
        // the bars differ by tenths of a nat on top of about 5: start the axis just below the lowest
        double low = rows.stream().mapToDouble(Variant::loss).min().orElse(0);
        p.chart().getStyler().setYAxisMin(Math.floor(low * 2 - 1) / 2);
        p.chart().getStyler().setLegendVisible(false);
        return p;
    }

    /** Held-out loss against the outlier column's size, per-tensor and per-channel int8, with the fp32 model's loss; log x. */
    public static LinePlot outliers(double[] ratios, double[] perTensor, double[] perChannel, double fp32) {
        LinePlot p = Plot.line("Outlier column: int8 per tensor vs per channel")
                .axes("outlier column's largest |w| ÷ the others' (×, log scale)", "held-out loss (nats/char)")
                .series("fp32 (the same at every size)", new double[] {ratios[0], ratios[ratios.length - 1]}, new double[] {fp32, fp32})
                .points("int8 per-tensor", ratios, perTensor).points("int8 per-channel", ratios, perChannel).logX();
        p.chart().getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return p;
    }
}
