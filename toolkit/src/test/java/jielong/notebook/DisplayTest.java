package jielong.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Base64;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Output;
import jielong.notebook.display.Renderers;
import jielong.notebook.eval.CellResult;
import jielong.notebook.eval.Evaluator;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChartBuilder;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Rich display by type, updatable displays, and the same from inside a cell. */
class DisplayTest {

    private static boolean isPng(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        return bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    @Test
    void chartsAndImagesArePngs() {
        var chart = new XYChartBuilder().width(200).height(100).title("t").build();
        chart.addSeries("s", new double[] {1, 2}, new double[] {3, 4});
        assertTrue(isPng(Renderers.render(chart).get(MimeBundle.PNG)));
        assertTrue(isPng(Renderers.render(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB)).get(MimeBundle.PNG)));
    }

    @Test
    void tablesAreHtmlWithATextFallbackAndLongOnesAreCut() {
        Table table = Table.create("numbers", IntColumn.create("n", java.util.stream.IntStream.range(0, 100).toArray()));
        MimeBundle bundle = Renderers.render(table);
        String html = bundle.get(MimeBundle.HTML);
        assertTrue(html.contains("<table") && html.contains("<th>n</th>") && html.contains("100 rows"), html);
        assertTrue(html.contains("<th>99</th>") && !html.contains("<th>50</th>"), "head and tail only");
        assertTrue(bundle.plainText().contains("numbers"));
    }

    @Test
    void plainValuesLookAsInJShell() {
        assertEquals("\"hi\"", Renderers.render("hi").plainText());
        assertEquals("[1, 2]", Renderers.render(new int[] {1, 2}).plainText());
        assertEquals("null", Renderers.render(null).plainText());
    }

    @Test
    void progressBarUpdatesOneDisplayInPlace() {
        RecordingSink sink = new RecordingSink();
        try (Output.Scope scope = Output.use(sink)) {
            ProgressBar bar = ProgressBar.start("train", 1000);
            for (int step = 1; step <= 1000; step++) {
                bar.update(step, 1000, 2.5, 5100, 10);
            }
        }
        long displays = sink.events.stream().filter(e -> e.kind().equals("display")).count();
        long updates = sink.events.stream().filter(e -> e.kind().equals("update")).count();
        assertEquals(1, displays);
        assertTrue(updates >= 1 && updates < 100, "throttled, but the last step always drawn: " + updates);
        RecordingSink.Event last = sink.events.get(sink.events.size() - 1);
        assertTrue(last.bundle().plainText().startsWith("train 1000/1000 [####"), last.bundle().plainText());
        assertTrue(last.bundle().plainText().contains("loss 2.5000 | 5.1k tok/s"), last.bundle().plainText());
    }

    @Test
    void cellsReachTheSinkThroughDisplay() {
        try (Evaluator evaluator = new Evaluator()) {
            RecordingSink sink = new RecordingSink();
            CellResult result = evaluator.eval("display(Table.create(\"t\", IntColumn.create(\"n\", 1)));\n"
                    + "var curve = LossCurve.start(\"loss\");\ncurve.update(1, 2, 3.0, Double.NaN);\n"
                    + "curve.update(2, 2, 2.0, 2.5);", 1, sink, Duration.ofSeconds(30));
            assertTrue(result.ok(), () -> result.error().render());
            assertTrue(sink.displays().get(0).get(MimeBundle.HTML).contains("<table"));
            assertTrue(sink.displays().get(1).get(MimeBundle.PNG) != null, "the loss curve is a chart");
            assertTrue(sink.events.stream().anyMatch(e -> e.kind().equals("update")), "the curve redrew in place");
        }
    }

    /** Public, with a toHtml() as the grader's report has. */
    public static final class Report {
        public String toHtml() {
            return "<table><tr><td>ch01.1</td><td>2/2</td></tr></table>";
        }

        @Override
        public String toString() {
            return "ch01.1  2/2";
        }
    }

    @Test
    void aValueWithToHtmlShowsAsHtmlBesideItsText() {
        MimeBundle bundle = Renderers.render(new Report());
        assertEquals("<table><tr><td>ch01.1</td><td>2/2</td></tr></table>", bundle.data().get(MimeBundle.HTML));
        assertEquals("ch01.1  2/2", bundle.data().get(MimeBundle.TEXT));
        assertEquals(null, Renderers.render("just text").data().get(MimeBundle.HTML), "a String has no toHtml()");
    }
}
