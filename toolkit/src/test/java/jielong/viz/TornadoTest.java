package jielong.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import jielong.cost.Sensitivity;
import jielong.notebook.display.MimeBundle;
import org.junit.jupiter.api.Test;

/** The tornado chart draws its bars where the log axis puts them and refuses what a log axis cannot show. */
class TornadoTest {
    private static Sensitivity.Result result(double atLow, double atHigh) {
        return new Sensitivity.Result(10, List.of(new Sensitivity.Swing("x", "1", "2", atLow, atHigh), new Sensitivity.Swing("y", "a", "b", 9, 11)));
    }

    @Test
    void drawsAPngWithTheBarsAndTheirText() {
        Tornado t = Plot.tornado("title", "answer", result(2, 50), v -> String.format("%.0f", v));
        MimeBundle b = t.toMimeBundle();
        assertTrue(b.get(MimeBundle.PNG) != null && !b.get(MimeBundle.PNG).isEmpty(), "a PNG");
        assertTrue(b.plainText().contains("x (1 – 2): 2 to 50"), b.plainText());
        BufferedImage img = t.image();
        assertEquals(820, img.getWidth());
        // The first bar's row: blue left of the base line, orange right of it.
        int y = 64 + 15, left = 0, right = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            int rgb = img.getRGB(x, y) & 0xffffff;
            if (rgb == 0x1f77b4) left++;
            if (rgb == 0xff7f0e) right++;
        }
        assertTrue(left > 50 && right > 50, "bars of " + left + " and " + right + " pixels");
        // On a log axis a factor of 5 down (10 to 2) and up (10 to 50) are equally long.
        assertTrue(Math.abs(left - right) <= 2, "a factor of 5 either way draws as long: " + left + " and " + right);
    }

    @Test
    void refusesWhatALogAxisCannotShow() {
        assertThrows(IllegalArgumentException.class, () -> Plot.tornado("t", "a", result(0, 5), v -> ""));
        assertThrows(IllegalArgumentException.class, () -> Plot.tornado("t", "a", new Sensitivity.Result(1, List.of()), v -> ""));
    }
}
