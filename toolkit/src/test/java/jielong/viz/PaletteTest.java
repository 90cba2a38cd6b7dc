package jielong.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.style.colors.XChartSeriesColors;

/** The chart colours: XChart's first five kept, and every colour readable as a line on white. */
class PaletteTest {
    /** Contrast ratio against white (WCAG 2), the colour blended onto white at its alpha. */
    static double contrastOnWhite(Color c) {
        double a = c.getAlpha() / 255.0;
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        double l = 0;
        double[] weight = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double v = (a * rgb[i] + (1 - a) * 255) / 255;
            v = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            l += weight[i] * v;
        }
        return 1.05 / (l + 0.05);
    }

    @Test
    void theFirstFiveAreXChartsAndNoneFadesIntoWhite() {
        assertArrayEquals(Arrays.copyOf(new XChartSeriesColors().getSeriesColors(), 5), Arrays.copyOf(Palette.SERIES, 5));
        // XChart's yellow is 1.3 and its cyan 1.4: what made a sixth line hard to see
        assertTrue(contrastOnWhite(XChartSeriesColors.YELLOW) < 1.5);
        for (int i = 5; i < Palette.SERIES.length; i++) {
            assertTrue(contrastOnWhite(Palette.SERIES[i]) >= 2.5, "colour " + i + " " + Palette.SERIES[i] + ": " + contrastOnWhite(Palette.SERIES[i]));
        }
        assertArrayEquals(Palette.SERIES, Plot.line("t").chart().getStyler().getSeriesColors());
    }
}
