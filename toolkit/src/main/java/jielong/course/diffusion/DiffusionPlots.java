package jielong.course.diffusion;

import java.util.List;

import org.knowm.xchart.style.lines.SeriesLines;

import jielong.viz.LinePlot;
import jielong.viz.Plot;

/** The lesson's charts: training loss and sample-to-data distance against epoch. */
public final class DiffusionPlots {
    private DiffusionPlots() {}

    /** Mean training MSE of each epoch, for each run. */
    public static LinePlot loss(List<DiffusionRun> runs) {
        LinePlot p = Plot.line("Denoising loss: MSE of the predicted noise").axes("epoch (31 steps of 256 points)", "mean squared error (per coordinate)");
        for (DiffusionRun r : runs) {
            List<DiffusionRun.Epoch> e = r.epochs();
            p.series(r.name(), e.stream().mapToDouble(DiffusionRun.Epoch::epoch).toArray(), e.stream().mapToDouble(DiffusionRun.Epoch::loss).toArray());
        }
        return p;
    }

    /**
     * Chamfer distance of a fresh sample to the data at each measured epoch, with the distance
     * between two sets of real data points as the floor a perfect model would reach.
     */
    public static LinePlot distance(List<DiffusionRun> runs, double dataToData) {
        LinePlot p = Plot.line("Samples approach the shape as training goes on").axes("epoch", "Chamfer distance to the data (plane units)");
        double last = 1;
        for (DiffusionRun r : runs) {
            List<DiffusionRun.Epoch> e = r.epochs().stream().filter(x -> !Double.isNaN(x.chamfer())).toList();
            p.points(r.name() + " samples", e.stream().mapToDouble(DiffusionRun.Epoch::epoch).toArray(),
                    e.stream().mapToDouble(DiffusionRun.Epoch::chamfer).toArray());
            if (!e.isEmpty()) last = Math.max(last, e.get(e.size() - 1).epoch());
        }
        String floor = "real data against real data";
        p.series(floor, new double[] {1, last}, new double[] {dataToData, dataToData});
        p.chart().getSeriesMap().get(floor).setLineStyle(SeriesLines.DASH_DASH);
        return p;
    }
}
