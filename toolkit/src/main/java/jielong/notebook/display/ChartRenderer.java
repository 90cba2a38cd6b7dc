package jielong.notebook.display;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Shows an XChart chart as a PNG. PNG rather than SVG: it is what every notebook viewer and the static
 * HTML page show alike, and a few tens of kilobytes for a course-sized chart.
 */
final class ChartRenderer {

    private ChartRenderer() {
    }

    static MimeBundle render(Chart<?, ?> chart) {
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
            String title = chart.getTitle() == null || chart.getTitle().isBlank() ? "chart" : chart.getTitle();
            return ImageRenderer.png(png, title + " " + chart.getWidth() + "x" + chart.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart", e);
        }
    }
}
