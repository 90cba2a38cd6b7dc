package jielong.course.whitebox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.notebook.Numbers;
import jielong.viz.LinePlot;
import jielong.viz.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Every number of a GPT laid open: a summary per parameter tensor, histograms per kind of matrix, one row printed. */
public final class WeightReading {
    private WeightReading() {}

    /** One row per parameter tensor: its GPT-2 name, shape, count, mean, spread, smallest and largest value. */
    public static Table summary(Gpt model) {
        Table t = Table.create("every parameter tensor of the model");
        StringColumn name = StringColumn.create("tensor"), shape = StringColumn.create("shape");
        LongColumn count = LongColumn.create("numbers");
        DoubleColumn mean = DoubleColumn.create("mean"), sd = DoubleColumn.create("standard deviation"),
                min = DoubleColumn.create("smallest"), max = DoubleColumn.create("largest");
        model.parameters().forEach((n, p) -> {
            float[] d = p.host().data;
            double s = 0, s2 = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (float v : d) {
                s += v;
                s2 += (double) v * v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double m = s / d.length;
            name.append(n);
            shape.append(shapeOf(p));
            count.append(d.length);
            mean.append(m);
            sd.append(Math.sqrt(Math.max(0, s2 / d.length - m * m)));
            min.append(lo);
            max.append(hi);
        });
        return t.addColumns(name, shape, count, mean, sd, min, max);
    }

    /** The summary's rows for the matrices alone: the two embeddings and each layer's four weight matrices. */
    public static Table matrices(Gpt model) {
        Table all = summary(model);
        return all.where(all.stringColumn("shape").containsString("×")).setName("every weight matrix of the model");
    }

    /** One line: how many tensors and numbers the model has, and how many of the numbers sit in matrices. */
    public static String census(Gpt model) {
        long numbers = 0, inMatrices = 0;
        int tensors = 0, matrices = 0;
        for (Tensor p : model.parameters().values()) {
            tensors++;
            numbers += p.size();
            if (p.shape.length == 2) {
                matrices++;
                inMatrices += p.size();
            }
        }
        return Numbers.count(tensors) + " tensors, " + Numbers.count(numbers) + " numbers: " + Numbers.count(matrices) + " matrices hold "
                + Numbers.count(inMatrices) + " of them (" + Numbers.percent((double) inMatrices / numbers) + "); the other "
                + Numbers.count(tensors - matrices) + " tensors are vectors (biases, LayerNorm gains and shifts)";
    }

    /**
     * A histogram per kind of matrix (token and position embeddings, c_attn, attention's c_proj,
     * c_fc, the MLP's c_proj), one line per layer: the share of the matrix's numbers in each of
     * {@code bins} equal bins, percent.
     */
    public static List<LinePlot> histograms(Gpt model, int bins) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("token and position embeddings (wte, wpe)", List.of("wte.weight", "wpe.weight"));
        for (String kind : List.of("attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight")) {
            List<String> names = new ArrayList<>();
            for (int l = 0; l < model.config.nLayer(); l++) names.add("h." + l + "." + kind);
            kinds.put(kind + ", every layer", names);
        }
        List<LinePlot> plots = new ArrayList<>();
        kinds.forEach((title, names) -> {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (String n : names) for (float v : model.parameters().get(n).host().data) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            LinePlot plot = Plot.line(title).axes("value of a weight", "share of the matrix's numbers (%)");
            for (String n : names) plot.series(n, centres(lo, hi, bins), shares(model.parameters().get(n).host().data, lo, hi, bins));
            plot.chart().getStyler().setXAxisDecimalPattern("0.00");
            plots.add(plot);
        });
        return plots;
    }

    /** One row of a matrix, its numbers as people read them, {@code perLine} to a line. */
    public static String row(Gpt model, String tensor, int row, int perLine) {
        Tensor p = model.parameters().get(tensor);
        if (p == null) throw new IllegalArgumentException("the model has no tensor " + tensor + "; summary(model) lists them");
        if (p.shape.length != 2 || row < 0 || row >= p.rows()) {
            throw new IllegalArgumentException(tensor + " has shape " + shapeOf(p) + ": no row " + row);
        }
        float[] d = p.host().data;
        int c = p.cols();
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < c; j++) {
            String v = Numbers.significant(d[row * c + j], 3);
            sb.append(" ".repeat(Math.max(1, 9 - v.length()))).append(v);
            if ((j + 1) % perLine == 0 || j == c - 1) sb.append('\n');
        }
        return sb.toString();
    }

    private static double[] centres(double lo, double hi, int bins) {
        double[] x = new double[bins];
        for (int b = 0; b < bins; b++) x[b] = lo + (b + 0.5) * (hi - lo) / bins;
        return x;
    }

    private static double[] shares(float[] d, double lo, double hi, int bins) {
        double[] y = new double[bins];
        for (float v : d) y[Math.min(bins - 1, (int) ((v - lo) / (hi - lo) * bins))]++;
        for (int b = 0; b < bins; b++) y[b] = 100 * y[b] / d.length;
        return y;
    }

    private static String shapeOf(Tensor p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.shape.length; i++) sb.append(i == 0 ? "" : " × ").append(p.shape[i]);
        return sb.toString();
    }
}
