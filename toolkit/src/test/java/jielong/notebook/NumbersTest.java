package jielong.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderers;
import jielong.viz.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NumbersTest {
    @Test
    void countsKeepEveryDigitWithSeparators() {
        assertEquals("174,604,259,328", Numbers.format(174604259328.0));
        assertEquals("0", Numbers.format(0));
        assertEquals("-1,200", Numbers.format(-1200));
        assertEquals("12,701,862,360", Numbers.count(12701862360L));
    }

    @Test
    void measuredValuesGetFourSignificantFigures() {
        assertEquals("5.229", Numbers.format(5.22912));
        assertEquals("0.09199", Numbers.format(0.0919918831673146));
        assertEquals("1.270 × 10¹⁰", Numbers.format(12701862360.204645));
        assertEquals("12,350", Numbers.format(12345.678));
        assertEquals("2.200 × 10¹³", Numbers.format(2.2e13 + 0.5));
        assertEquals("3.000 × 10⁻⁷", Numbers.format(3e-7));
        assertEquals("10.00", Numbers.format(9.99996), "rounding up moves to the next power of ten");
        assertEquals("-0.5000", Numbers.format(-0.5));
        assertEquals("NaN", Numbers.format(Double.NaN));
    }

    @Test
    void percentagesBytesAndDurations() {
        assertEquals("45.2%", Numbers.percent(0.4521));
        assertEquals("100%", Numbers.percent(1));
        assertEquals("812 B", Numbers.bytes(812));
        assertEquals("60.12 kB", Numbers.bytes(60_120));
        assertEquals("1.100 GB", Numbers.bytes(1.1e9));
        assertEquals("0.250 s", Numbers.duration(0.25));
        assertEquals("4 min 14 s", Numbers.duration(254));
        assertEquals("1 h 02 min", Numbers.duration(3720));
    }

    @Test
    void tablesShowNumbersForPeopleInHtmlAndText() {
        Table t = Table.create("runs").addColumns(
                StringColumn.create("run", List.of("a", "b")),
                LongColumn.create("parameters", 174604259328L, 6592L),
                DoubleColumn.create("validation loss (nats)", 5.22912, 0.0919918831673146));
        MimeBundle m = Renderers.render(t);
        String html = m.get(MimeBundle.HTML);
        String text = m.plainText();
        for (String s : List.of(html, text)) {
            assertTrue(s.contains("174,604,259,328"), s);
            assertTrue(s.contains("5.229"), s);
            assertTrue(s.contains("0.09199"), s);
            assertTrue(!s.contains("5.22912"), s);
        }
        assertTrue(html.contains("2 rows × 3 columns"), html);
    }

    @Test
    void crowdedBarLabelsAreTurned() {
        List<String> names = List.of("token embedding", "position embedding", "attention", "MLP", "layer norms", "output head");
        var plot = Plot.bars("parameters by component").axes("component", "parameters")
                .series("GPT-2", names, new double[] {1, 2, 3, 4, 5, 6});
        plot.toMimeBundle();
        assertEquals(45, plot.chart().getStyler().getXAxisLabelRotation());
        var few = Plot.bars("two").axes("x", "y").series("s", List.of("a", "b"), new double[] {1, 2});
        few.toMimeBundle();
        assertEquals(0, few.chart().getStyler().getXAxisLabelRotation());
    }
}
