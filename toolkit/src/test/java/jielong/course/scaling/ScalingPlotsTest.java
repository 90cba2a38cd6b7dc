package jielong.course.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jielong.experiment.ResultsTable;
import jielong.experiment.RunResult;
import jielong.experiment.RunSpec;
import jielong.fit.ChinchillaLaw;
import jielong.fit.PowerLaw;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/** The lesson's charts draw from a synthetic sweep whose losses follow a known law. */
class ScalingPlotsTest {
    static final ChinchillaLaw LAW = new ChinchillaLaw(1.5, 40, 300, 0.35, 0.4);

    static ResultsTable synthetic() {
        List<RunResult> runs = new ArrayList<>();
        for (RunSpec spec : ScalingLesson.full().runs()) {
            runs.add(new RunResult(spec, 0, LAW.predict(spec.parameters(), spec.tokens()), 1, List.of()));
        }
        return new ResultsTable(runs);
    }

    @Test
    void everyChartDrawsWithItsSeries() throws Exception {
        ResultsTable results = synthetic();
        ResultsTable mostData = results.withMostTokens();
        assertEquals(6, mostData.size());
        XYChart lossOfN = ScalingPlots.powerLaw("L(N)", "N", mostData.parameters(), mostData.valLoss(),
                PowerLaw.fit(mostData.parameters(), mostData.valLoss()));
        List<IsoFlop> iso = IsoFlop.groups(results, 1.5);
        XYChart isoChart = ScalingPlots.isoFlops(iso);
        XYChart frontier = ScalingPlots.frontier(results, Frontier.fit(results));
        XYChart optimal = ScalingPlots.optimalSize(LAW, iso, new double[] {1e10, 1e13});
        for (XYChart chart : List.of(lossOfN, isoChart, frontier, optimal)) {
            assertTrue(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG).length > 1000);
        }
        assertEquals(3, lossOfN.getSeriesMap().size()); // runs, fit, floor
        assertTrue(iso.stream().anyMatch(c -> c.runs().size() >= 3), "the grid's diagonals should group runs");
    }
}
