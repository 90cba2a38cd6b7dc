package jielong.course.attention;

import java.util.ArrayList;
import java.util.List;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.notebook.display.Renderable;
import jielong.viz.Heatmap;
import jielong.viz.Plot;

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
