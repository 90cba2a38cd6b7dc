package jielong.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jielong.notebook.display.MimeBundle;

class PlotTest {
    @Test
    void lineSeriesAxesAndLogScalesReachTheChart() {
        LinePlot p = Plot.line("loss").axes("step", "loss (nats/token)").series("train", new double[] {1, 2, 3}, new double[] {3, 2, 1})
                .points("val", new double[] {3}, new double[] {2.5}).logY();
        assertEquals("step", p.chart().getXAxisTitle());
        assertEquals(2, p.chart().getSeriesMap().size());
        assertTrue(p.chart().getStyler().isYAxisLogarithmic());
        assertTrue(p.toMimeBundle().data().containsKey(MimeBundle.PNG));
    }

    @Test
    void barsNeedOneValuePerCategory() {
        assertThrows(IllegalArgumentException.class, () -> Plot.bars("b").series("s", List.of("a", "b"), new double[] {1}));
        assertEquals(1, Plot.bars("b").series("s", List.of("a", "b"), new double[] {1, 2}).chart().getSeriesMap().size());
    }

    @Test
    void heatmapIsHtmlWithEscapedLabelsAndShadedCells() {
        Heatmap h = Plot.heatmap("head <0>", List.of("床", "前"), List.of("床", "前"), new float[][] {{1, 0}, {0.25f, 0.75f}});
        String html = h.toMimeBundle().get(MimeBundle.HTML);
        assertTrue(html.contains("head &lt;0&gt;") && html.contains("床"));
        assertTrue(html.contains("rgb(0,0,255)"), "a weight of 1 is the darkest blue");
        assertTrue(h.toMimeBundle().plainText().contains("75"));
        assertThrows(IllegalArgumentException.class, () -> Plot.heatmap("x", List.of("a"), List.of("a", "b"), new float[][] {{1}}));
    }
}
