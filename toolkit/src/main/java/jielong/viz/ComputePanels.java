package jielong.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderable;
import jielong.notebook.display.Renderers;

/**
 * Panels stacked one above another on one logarithmic x axis of training compute, the same range
 * in every panel, so that a point above 10¹² FLOPs in one panel sits exactly above a point of the
 * same compute in the next; see {@link Plot#compute}. Each panel has its own y axis (a loss, an
 * accuracy), because the curves measure different things; only the compute is common. Points at
 * 0 FLOPs (before any training) cannot sit on a log axis and are left out.
 */
public final class ComputePanels implements Renderable {
    /** Width of the picture and height of one panel, pixels. */
    public static final int WIDTH = 760, PANEL_HEIGHT = 330, TITLE_HEIGHT = 34;
    private static final String X_AXIS = "training compute (FLOPs, log scale)";

    private final String title;
    private final List<Panel> panels = new ArrayList<>();

    private record Line(String name, double[] x, double[] y, boolean markers, boolean lines) {}

    private static final class Panel {
        final String title, yAxis;
        final List<Line> lines = new ArrayList<>();
        String emptyReason;
        boolean logY;

        Panel(String title, String yAxis) {
            this.title = title;
            this.yAxis = yAxis;
        }
    }

    ComputePanels(String title) {
        this.title = title;
    }

    /** Starts a new panel below the others; the lines that follow go into it. Put the unit in {@code yAxis}. */
    public ComputePanels panel(String title, String yAxis) {
        panels.add(new Panel(title, yAxis));
        return this;
    }

    /** A line without markers in the current panel, x in FLOPs. */
    public ComputePanels line(String name, double[] flops, double[] y) {
        return add(name, flops, y, false, true);
    }

    /** A line with a dot at every point in the current panel, for curves measured a few times. */
    public ComputePanels points(String name, double[] flops, double[] y) {
        return add(name, flops, y, true, true);
    }

    /** Dots not joined by a line in the current panel: separate runs, each at its end. */
    public ComputePanels dots(String name, double[] flops, double[] y) {
        return add(name, flops, y, true, false);
    }

    /** A logarithmic y axis for the current panel (for a loss that falls as a power of the compute). */
    public ComputePanels logY() {
        current().logY = true;
        return this;
    }

    /** Says in the current panel why it has no curve ("lesson 18's runs are absent"), instead of drawing an empty chart. */
    public ComputePanels noData(String reason) {
        current().emptyReason = reason;
        return this;
    }

    private ComputePanels add(String name, double[] flops, double[] y, boolean markers, boolean lines) {
        if (flops.length != y.length) {
            throw new IllegalArgumentException("the line '" + name + "' has " + flops.length + " FLOPs values and " + y.length
                    + " y values: give one y per x");
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < flops.length; i++) if (flops[i] > 0 && Double.isFinite(flops[i]) && Double.isFinite(y[i])) kept.add(new double[] {flops[i], y[i]});
        if (!kept.isEmpty()) {
            current().lines.add(new Line(name, kept.stream().mapToDouble(p -> p[0]).toArray(), kept.stream().mapToDouble(p -> p[1]).toArray(), markers, lines));
        }
        return this;
    }

    private Panel current() {
        if (panels.isEmpty()) throw new IllegalStateException("start a panel first: .panel(title, yAxis)");
        return panels.get(panels.size() - 1);
    }

    /** The common x range: whole decades around every panel's points, FLOPs. */
    public double[] xRange() {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (Panel p : panels) for (Line l : p.lines) for (double x : l.x) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        if (hi == 0) return new double[] {1, 10};
        double a = Math.pow(10, Math.floor(Math.log10(lo))), b = Math.pow(10, Math.ceil(Math.log10(hi)));
        return new double[] {a, b > a ? b : a * 10};
    }

    /** The panels' charts, every one with the common x range (panels without data have none). */
    public List<XYChart> charts() {
        double[] range = xRange();
        List<XYChart> charts = new ArrayList<>();
        for (Panel p : panels) {
            if (p.lines.isEmpty()) continue;
            XYChart c = new XYChartBuilder().width(WIDTH).height(PANEL_HEIGHT).title(p.title).xAxisTitle(X_AXIS).yAxisTitle(p.yAxis).build();
            c.getStyler().setXAxisLogarithmic(true);
            c.getStyler().setYAxisLogarithmic(p.logY);
            c.getStyler().setXAxisMin(range[0]);
            c.getStyler().setXAxisMax(range[1]);
            c.getStyler().setMarkerSize(5);
            Palette.apply(c.getStyler());
            c.getStyler().setLegendFont(c.getStyler().getLegendFont().deriveFont(10f));
            // The legend below and y labels of one fixed width in a fixed-pitch font: every panel's plot
            // area then starts and ends at the same pixel, so equal FLOPs line up from panel to panel.
            c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
            c.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
            c.getStyler().setAxisTickLabelsFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
            if (!p.logY) c.getStyler().setYAxisDecimalPattern(yPattern(p));
            for (Line l : p.lines) {
                XYSeries s = c.addSeries(unique(c, l.name), l.x, l.y);
                s.setMarker(l.markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
                if (!l.lines) s.setLineStyle(SeriesLines.NONE);
            }
            charts.add(c);
        }
        return charts;
    }

    /**
     * Three characters at most for every linear y label ("2.5", "100"), so that in a fixed-pitch font
     * every panel's labels take the same width: one decimal below 10, none from 10 to 999.
     */
    private static String yPattern(Panel p) {
        double most = 0;
        for (Line l : p.lines) for (double y : l.y) most = Math.max(most, Math.abs(y));
        return most < 10 ? "0.0" : "##0";
    }

    private static String unique(XYChart c, String name) {
        String n = name;
        for (int k = 2; c.getSeriesMap().containsKey(n); k++) n = name + " (" + k + ")";
        return n;
    }

    /** The whole picture: the title, then each panel at {@link #WIDTH} × {@link #PANEL_HEIGHT} pixels. */
    public BufferedImage image() {
        if (panels.isEmpty()) throw new IllegalStateException("the plot '" + title + "' has no panel: add one with .panel(title, yAxis)");
        BufferedImage img = new BufferedImage(WIDTH, TITLE_HEIGHT + panels.size() * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2, 23);
        List<XYChart> charts = charts();
        int chart = 0;
        for (int i = 0; i < panels.size(); i++) {
            int top = TITLE_HEIGHT + i * PANEL_HEIGHT;
            Panel p = panels.get(i);
            if (p.lines.isEmpty()) {
                drawEmpty(g, p, top);
            } else {
                g.drawImage(BitmapEncoder.getBufferedImage(charts.get(chart++)), 0, top, null);
            }
        }
        g.dispose();
        return img;
    }

    private static void drawEmpty(Graphics2D g, Panel p, int top) {
        g.setColor(new Color(0.5f, 0.5f, 0.5f));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f}, 0f));
        g.drawRect(60, top + 30, WIDTH - 120, PANEL_HEIGHT - 60);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(p.title, (WIDTH - g.getFontMetrics().stringWidth(p.title)) / 2, top + 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        String why = p.emptyReason == null ? "no measurements to show" : p.emptyReason;
        g.drawString(why, (WIDTH - g.getFontMetrics().stringWidth(why)) / 2, top + PANEL_HEIGHT / 2);
    }

    /** Panel titles, for a reader without images. */
    @Override
    public String toString() {
        return title + ": " + Arrays.toString(panels.stream().map(p -> p.title).toArray());
    }

    @Override
    public MimeBundle toMimeBundle() {
        return Renderers.render(image());
    }
}
