package jielong.course.attention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.notebook.display.Renderable;
import jielong.viz.Heatmap;
import jielong.viz.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Where every head of every layer looks when a model reads a line: weights[layer][head][i][j] is
 * how much position i takes from position j (rows add up to 1, and j never exceeds i).
 */
public final class AttentionMaps {
    private final float[][][][] weights;
    private final List<String> labels;

    private AttentionMaps(float[][][][] weights, List<String> labels) {
        this.weights = weights;
        this.labels = labels;
    }

    /** Runs the model on the tokens (at most its context) and keeps each head's weights; labels name the tokens. */
    public static AttentionMaps of(Gpt model, int[] tokens, List<String> labels) {
        int t = tokens.length, heads = model.config.nHead();
        if (labels.size() != t) throw new IllegalArgumentException(t + " tokens but " + labels.size() + " labels");
        List<Tensor> layers = model.attentionWeights(tokens);
        float[][][][] w = new float[layers.size()][heads][t][t];
        for (int l = 0; l < layers.size(); l++) {
            float[] d = layers.get(l).data;
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < t; i++) System.arraycopy(d, (h * t + i) * t, w[l][h][i], 0, t);
            }
        }
        return new AttentionMaps(w, labels);
    }

    /** The weights of one head, [T][T]. */
    public float[][] head(int layer, int head) {
        return weights[layer][head];
    }

    public int layers() {
        return weights.length;
    }

    public int heads() {
        return weights[0].length;
    }

    /** Every head of one layer as heat maps side by side: rows are the reading position, columns where it looks. */
    public Renderable layer(int layer) {
        List<Heatmap> maps = new ArrayList<>();
        for (int h = 0; h < heads(); h++) maps.add(Plot.heatmap("layer " + layer + ", head " + h, labels, labels, weights[layer][h]));
        return Heatmap.sideBySide(maps);
    }

    /** Every head of every layer as one grid of heat maps: a row per layer, a column per head. */
    public Renderable grid() {
        List<List<Heatmap>> rows = new ArrayList<>();
        for (int l = 0; l < layers(); l++) {
            List<Heatmap> row = new ArrayList<>();
            for (int h = 0; h < heads(); h++) row.add(Plot.heatmap("layer " + l + ", head " + h, labels, labels, weights[l][h]));
            rows.add(row);
        }
        return Heatmap.grid(rows);
    }

    /** A place a reading position can look at: true when position i looking at j fits the pattern. */
    @FunctionalInterface
    public interface Pattern {
        boolean matches(int i, int j, List<String> labels);
    }

    /**
     * The patterns lesson 03 names: the previous character; five back, the parallel slot of the
     * previous five-character phrase for the character being predicted (i + 1 − 6); the comma; the
     * position itself; the first character.
     */
    public static Map<String, Pattern> namedPatterns() {
        Map<String, Pattern> p = new LinkedHashMap<>();
        p.put("previous character", (i, j, l) -> j == i - 1);
        p.put("five back (parallel slot)", (i, j, l) -> j == i - 5);
        p.put("comma", (i, j, l) -> l.get(j).equals("，"));
        p.put("itself", (i, j, l) -> j == i);
        p.put("first character", (i, j, l) -> j == 0);
        return p;
    }

    /**
     * The share of a head's weight that goes to a pattern, averaged over the reading positions where
     * the pattern has somewhere to look (the first position, which can only look at itself, is left
     * out); NaN if there is no such position.
     */
    public double share(int layer, int head, Pattern pattern) {
        float[][] w = weights[layer][head];
        double sum = 0;
        int rows = 0;
        for (int i = 1; i < w.length; i++) {
            double s = 0;
            boolean any = false;
            for (int j = 0; j <= i; j++) {
                if (pattern.matches(i, j, labels)) {
                    any = true;
                    s += w[i][j];
                }
            }
            if (any) {
                sum += s;
                rows++;
            }
        }
        return rows == 0 ? Double.NaN : sum / rows;
    }

    /** One row per head: its share of weight (percent) on each named pattern, and the pattern it favours most. */
    public Table patternShares() {
        Map<String, Pattern> patterns = namedPatterns();
        Table t = Table.create("where each head looks (average share of its weight, %)");
        IntColumn layer = IntColumn.create("layer"), head = IntColumn.create("head");
        t.addColumns(layer, head);
        for (String name : patterns.keySet()) t.addColumns(DoubleColumn.create(name));
        StringColumn strongest = StringColumn.create("strongest pattern");
        for (int l = 0; l < layers(); l++) {
            for (int h = 0; h < heads(); h++) {
                layer.append(l);
                head.append(h);
                String best = "";
                double bestShare = -1;
                for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
                    double share = share(l, h, e.getValue());
                    t.doubleColumn(e.getKey()).append(100 * share);
                    if (share > bestShare) {
                        bestShare = share;
                        best = e.getKey();
                    }
                }
                strongest.append(best);
            }
        }
        return t.addColumns(strongest);
    }

    /**
     * How far back a head looks on average: Σ_j w[i][j]·(i − j), averaged over positions i, in
     * tokens. A head that attends to itself scores 0; one that looks at the line's start scores high.
     */
    public double meanDistance(int layer, int head) {
        float[][] w = weights[layer][head];
        double sum = 0;
        for (int i = 0; i < w.length; i++) for (int j = 0; j <= i; j++) sum += w[i][j] * (i - j);
        return sum / w.length;
    }
}
