package jielong.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** Panels on one compute axis: the same decade-rounded x range everywhere, points at 0 FLOPs dropped, sizes, messages. */
class ComputePanelsTest {
    @Test
    void everyPanelSharesTheDecadesAroundAllPoints() {
        ComputePanels p = Plot.compute("curves")
                .panel("pre-training", "loss (nats/byte)").line("frontier", new double[] {3e9, 2e11}, new double[] {3, 2}).logY()
                .panel("RL", "accuracy (%)").points("rl", new double[] {0, 5e12, 4e13}, new double[] {10, 20, 30});
        assertArrayEquals(new double[] {1e9, 1e14}, p.xRange(), 1e-3);
        List<XYChart> charts = p.charts();
        assertEquals(2, charts.size());
        for (XYChart c : charts) {
            assertEquals(1e9, c.getStyler().getXAxisMin(), 1e-3);
            assertEquals(1e14, c.getStyler().getXAxisMax(), 1e-3);
            assertTrue(c.getStyler().isXAxisLogarithmic());
        }
        assertEquals(2, charts.get(1).getSeriesMap().get("rl").getXData().length); // the point at 0 FLOPs cannot sit on a log axis
        assertTrue(charts.get(0).getStyler().isYAxisLogarithmic());
    }

    @Test
    void aPanelWithoutDataSaysWhyAndTheImageHasARowPerPanel() {
        ComputePanels p = Plot.compute("curves").panel("pre-training", "loss").line("a", new double[] {1e10, 1e11}, new double[] {2, 1})
                .panel("post-training", "accuracy (%)").noData("lesson 18's runs are absent");
        BufferedImage img = p.image();
        assertEquals(ComputePanels.WIDTH, img.getWidth());
        assertEquals(ComputePanels.TITLE_HEIGHT + 2 * ComputePanels.PANEL_HEIGHT, img.getHeight());
        assertEquals(1, p.charts().size());
        assertTrue(p.toMimeBundle().data().containsKey("image/png"));
    }

    @Test
    void misuseIsRefusedClearly() {
        assertTrue(assertThrows(IllegalStateException.class, () -> Plot.compute("x").line("a", new double[] {1}, new double[] {1}))
                .getMessage().contains("start a panel"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Plot.compute("x").panel("p", "y")
                .line("a", new double[] {1, 2}, new double[] {1})).getMessage().contains("one y per x"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Plot.compute("x").image()).getMessage().contains("no panel"));
    }
}
