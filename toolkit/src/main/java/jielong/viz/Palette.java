package jielong.viz;

import java.awt.Color;

import org.knowm.xchart.style.Styler;

/**
 * The series colours of every chart: XChart's own first five (blue, orange, purple, green, red), then
 * colours dark enough to read as thin lines on white where XChart has yellow, pink, light grey and cyan.
 * Charts of up to five series look as XChart draws them; a sixth line no longer fades into the page.
 */
final class Palette {
    private Palette() {}

    /** The colours in the order series take them (alpha 180, as XChart's). */
    static final Color[] SERIES = {
        new Color(0, 55, 255, 180), new Color(255, 172, 0, 180), new Color(128, 0, 255, 180), new Color(0, 205, 0, 180),
        new Color(205, 0, 0, 180), new Color(150, 110, 0, 180), new Color(255, 0, 255, 180), new Color(0, 130, 130, 180),
        new Color(90, 90, 90, 180), new Color(200, 70, 130, 180), new Color(102, 56, 10, 180), new Color(0, 0, 0, 180),
    };

    /** Gives a chart these series colours. */
    static void apply(Styler styler) {
        styler.setSeriesColors(SERIES.clone());
    }
}
