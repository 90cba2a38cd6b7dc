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

/**
 * Clouds of points in the plane drawn as small scatter plots on one square range: a grid of panels
 * side by side (frames of a process, read left to right), or one panel per image for an animation
 * ({@link AnimatedGif}). Drawn with Java2D, so thousands of points cost milliseconds.
 */
public final class PointFrames {
    private static final int PANEL = 220, MARGIN = 34, TITLE = 26, ROW = PANEL + 56;
    private static final Color DOT = new Color(31, 119, 180, 110), AXIS = new Color(90, 90, 90);

    private final String title;
    private final double range;
    private final List<String> captions = new ArrayList<>();
    private final List<float[]> clouds = new ArrayList<>();

    private PointFrames(String title, double range) {
        this.title = title;
        this.range = range;
    }

    /** Empty frames titled {@code title}, each showing [−range, range] on both axes. */
    public static PointFrames of(String title, double range) {
        if (!(range > 0) || Double.isInfinite(range)) throw new IllegalArgumentException("PointFrames: the range must be a positive number, got " + range);
        return new PointFrames(title, range);
    }

    /** Adds a panel: the points {x_0, y_0, x_1, y_1, ...} under a caption such as "t = 10". */
    public PointFrames add(String caption, float[] points) {
        if (points.length % 2 != 0) throw new IllegalArgumentException("PointFrames: points in the plane come as x, y pairs; got " + points.length + " values");
        captions.add(caption);
        clouds.add(points);
        return this;
    }

    /** Number of panels added. */
    public int size() {
        return clouds.size();
    }

    /** All panels in a grid of {@code columns} columns under the title. */
    public BufferedImage grid(int columns) {
        if (clouds.isEmpty()) throw new IllegalStateException("PointFrames: add at least one panel before drawing");
        if (columns < 1) throw new IllegalArgumentException("PointFrames: columns must be at least 1, got " + columns);
        int cols = Math.min(columns, clouds.size()), rows = (clouds.size() + cols - 1) / cols;
        int cell = PANEL + MARGIN;
        BufferedImage img = new BufferedImage(cols * cell + MARGIN / 2, TITLE + rows * ROW, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        centred(g, title, img.getWidth() / 2, 18, 15, true);
        for (int i = 0; i < clouds.size(); i++) {
            panel(g, MARGIN + (i % cols) * cell, TITLE + 18 + (i / cols) * ROW, captions.get(i), clouds.get(i));
        }
        g.dispose();
        return img;
    }

    /** One image per panel, each with the title and its caption: the frames of an animation. */
    public List<BufferedImage> frames() {
        List<BufferedImage> out = new ArrayList<>();
        for (int i = 0; i < clouds.size(); i++) {
            BufferedImage img = new BufferedImage(PANEL + MARGIN + 12, TITLE + ROW, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = start(img);
            centred(g, title, img.getWidth() / 2, 18, 13, true);
            panel(g, MARGIN, TITLE + 18, captions.get(i), clouds.get(i));
            g.dispose();
            out.add(img);
        }
        return out;
    }

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    private void panel(Graphics2D g, int left, int top, String caption, float[] p) {
        centred(g, caption, left + PANEL / 2, top - 5, 12, false);
        g.setColor(AXIS);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, PANEL, PANEL);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        FontMetrics fm = g.getFontMetrics();
        for (double v : new double[] {-range, 0, range}) {
            String label = tick(v);
            int px = left + (int) Math.round((v + range) / (2 * range) * PANEL);
            int py = top + PANEL - (int) Math.round((v + range) / (2 * range) * PANEL);
            g.drawLine(px, top + PANEL, px, top + PANEL + 4);
            g.drawString(label, px - fm.stringWidth(label) / 2, top + PANEL + 15);
            g.drawLine(left - 4, py, left, py);
            g.drawString(label, left - 6 - fm.stringWidth(label), py + 4);
        }
        g.drawString("x", left + PANEL / 2 - 3, top + PANEL + 28);
        g.drawString("y", left - 28, top + PANEL / 2 - 12);
        g.setColor(DOT);
        g.setClip(left + 1, top + 1, PANEL - 1, PANEL - 1);
        for (int i = 0; i + 1 < p.length; i += 2) {
            if (!Float.isFinite(p[i]) || !Float.isFinite(p[i + 1])) continue;
            int px = left + (int) Math.round((p[i] + range) / (2 * range) * PANEL);
            int py = top + PANEL - (int) Math.round((p[i + 1] + range) / (2 * range) * PANEL);
            g.fillOval(px - 1, py - 1, 3, 3);
        }
        g.setClip(null);
    }

    private static String tick(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static void centred(Graphics2D g, String text, int x, int baseline, int size, boolean bold) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }
}
