package jielong.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import jielong.cost.Sensitivity;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderable;
import jielong.notebook.display.Renderers;

/**
 * A tornado chart: one horizontal bar per assumption, from the answer with that assumption at its
 * low value to the answer at its high value, the widest at the top, on a logarithmic axis around
 * the base answer (a vertical line), so that a factor of two looks the same size everywhere.
 * See {@link Plot#tornado}.
 */
public final class Tornado implements Renderable {
    private static final Color LOW = new Color(0x1f77b4), HIGH = new Color(0xff7f0e);
    private static final int WIDTH = 820, ROW = 30, TOP = 64, BOTTOM = 64, LEFT = 310, RIGHT = 40;

    /** One bar: its label, and the answer with the assumption at its low and at its high value. */
    public record Bar(String label, double atLow, double atHigh) {}

    private final String title, axis;
    private final double base;
    private final List<Bar> bars;
    private final DoubleFunction<String> format;

    Tornado(String title, String axis, double base, List<Bar> bars, DoubleFunction<String> format) {
        if (bars.isEmpty()) throw new IllegalArgumentException("tornado " + title + ": no bars to draw");
        if (!(base > 0)) throw new IllegalArgumentException("tornado " + title + ": the axis is logarithmic, so the base answer must be positive, got " + base);
        for (Bar b : bars) {
            if (!(b.atLow() > 0) || !(b.atHigh() > 0)) {
                throw new IllegalArgumentException("tornado " + title + ": bar " + b.label() + " has answers " + b.atLow() + " and " + b.atHigh() + "; a log axis needs positive ones");
            }
        }
        this.title = title;
        this.axis = axis;
        this.base = base;
        this.bars = List.copyOf(bars);
        this.format = format;
    }

    /** The bars of a sensitivity study, labelled "name (low – high)". */
    static Tornado of(String title, String axis, Sensitivity.Result result, DoubleFunction<String> format) {
        List<Bar> bars = new ArrayList<>();
        for (Sensitivity.Swing s : result.swings()) bars.add(new Bar(s.name() + " (" + s.lowText() + " – " + s.highText() + ")", s.atLow(), s.atHigh()));
        return new Tornado(title, axis, result.base(), bars, format);
    }

    /** The chart as an image. */
    public BufferedImage image() {
        int height = TOP + ROW * bars.size() + BOTTOM;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);

        double lo = base, hi = base;
        for (Bar b : bars) {
            lo = Math.min(lo, Math.min(b.atLow(), b.atHigh()));
            hi = Math.max(hi, Math.max(b.atLow(), b.atHigh()));
        }
        double l0 = Math.log10(lo) - 0.08, l1 = Math.log10(hi) + 0.08; // a little room past the widest bar
        int x0 = LEFT, x1 = WIDTH - RIGHT, plotBottom = TOP + ROW * bars.size();
        java.util.function.DoubleToIntFunction x = v -> (int) Math.round(x0 + (Math.log10(v) - l0) / (l1 - l0) * (x1 - x0));

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(title, (WIDTH - fm.stringWidth(title)) / 2, 22);

        // Grid lines at 1, 2 and 5 times each power of ten inside the axis.
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        fm = g.getFontMetrics();
        for (int e = (int) Math.floor(l0); e <= (int) Math.ceil(l1); e++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * Math.pow(10, e);
                if (Math.log10(v) < l0 || Math.log10(v) > l1) continue;
                int px = x.applyAsInt(v);
                g.setColor(new Color(0xe0e0e0));
                g.drawLine(px, TOP - 4, px, plotBottom);
                g.setColor(Color.DARK_GRAY);
                String t = format.apply(v);
                g.drawString(t, px - fm.stringWidth(t) / 2, plotBottom + 16);
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        fm = g.getFontMetrics();
        g.setColor(Color.BLACK);
        g.drawString(axis, x0 + (x1 - x0 - fm.stringWidth(axis)) / 2, plotBottom + 36);

        int bx = x.applyAsInt(base);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = TOP + i * ROW;
            bar(g, bx, x.applyAsInt(b.atLow()), y, LOW);
            bar(g, bx, x.applyAsInt(b.atHigh()), y, HIGH);
            g.setColor(Color.BLACK);
            String label = b.label();
            while (fm.stringWidth(label) > LEFT - 12 && label.length() > 4) label = label.substring(0, label.length() - 2) + "…";
            g.drawString(label, LEFT - 8 - fm.stringWidth(label), y + ROW / 2 + 4);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(bx, TOP - 8, bx, plotBottom);
        String baseText = "base " + format.apply(base);
        g.drawString(baseText, bx - fm.stringWidth(baseText) / 2, TOP - 12);

        // Legend, bottom left.
        int ly = height - 14;
        g.setColor(LOW);
        g.fillRect(12, ly - 10, 12, 10);
        g.setColor(Color.BLACK);
        g.drawString("assumption at its low value", 30, ly);
        g.setColor(HIGH);
        g.fillRect(230, ly - 10, 12, 10);
        g.setColor(Color.BLACK);
        g.drawString("at its high value", 248, ly);
        g.dispose();
        return img;
    }

    private static void bar(Graphics2D g, int from, int to, int y, Color colour) {
        g.setColor(colour);
        g.fillRect(Math.min(from, to), y + 5, Math.max(1, Math.abs(to - from)), ROW - 10);
    }

    /** The bars as text, for terminals. */
    String text() {
        StringBuilder t = new StringBuilder(title).append(" (base ").append(format.apply(base)).append(")\n");
        for (Bar b : bars) t.append(b.label()).append(": ").append(format.apply(b.atLow())).append(" to ").append(format.apply(b.atHigh())).append('\n');
        return t.toString();
    }

    @Override
    public MimeBundle toMimeBundle() {
        return Renderers.render(image()).put(MimeBundle.TEXT, text());
    }
}
