package jielong.probe;

import java.util.ArrayList;
import java.util.List;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.Trace;

/**
 * The logit lens (nostalgebraist 2020): the model's final LayerNorm and output head applied to the
 * residual stream after every layer, as if the model stopped there. Read 0 is the embedding
 * ({@code embed.out}), read l + 1 the output of block l ({@code h.l.resid_post}); the last read is the
 * model's own prediction.
 *
 * @param names     what each read looks at, e.g. {@code "h.2.resid_post"}
 * @param logProbs  per read, log-probabilities [rows][V] over the next token
 */
public record LogitLens(List<String> names, List<double[][]> logProbs) {
    /** The lens on B sequences of t tokens laid end to end in idx (every position of every sequence is a row). */
    public static LogitLens of(Gpt model, int[] idx, int t) {
        if (t < 1 || idx.length % t != 0) throw new IllegalArgumentException(idx.length + " tokens do not split into sequences of " + t);
        int layers = model.config.nLayer();
        List<String> names = new ArrayList<>();
        names.add("embed.out");
        for (int l = 0; l < layers; l++) names.add("h." + l + ".resid_post");
        Trace trace = Trace.record(names.toArray(String[]::new));
        List<double[][]> out = new ArrayList<>();
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            model.forward(idx, t, trace);
            for (String n : names) out.add(logSoftmax(read(model, trace.get(n))));
        }
        return new LogitLens(List.copyOf(names), out);
    }

    /** Logits [rows, V] of a residual stream [rows, C] read through the model's ln_f and its tied head. */
    public static Tensor read(Gpt model, Tensor residual) {
        var p = model.parameters();
        if (residual.shape.length != 2 || residual.cols() != model.config.nEmbd()) {
            throw new IllegalArgumentException("the lens reads a residual stream [rows, " + model.config.nEmbd() + "], got "
                    + java.util.Arrays.toString(residual.shape));
        }
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            return Ops.unembed(Ops.layerNorm(residual, p.get("ln_f.weight"), p.get("ln_f.bias")), p.get("wte.weight")).host();
        }
    }

    /** Number of reads: layers + 1. */
    public int reads() {
        return names.size();
    }

    /** Share of rows whose most likely token at read r is the final read's most likely token, 0 to 1. */
    public double topOneAgreement(int r) {
        double[][] a = logProbs.get(r), last = logProbs.get(reads() - 1);
        int same = 0;
        for (int i = 0; i < a.length; i++) if (argmax(a[i]) == argmax(last[i])) same++;
        return (double) same / a.length;
    }

    /** Mean KL(final ‖ read r) over the rows, nats: how far read r's distribution is from the model's own. */
    public double klFromFinal(int r) {
        double[][] a = logProbs.get(r), last = logProbs.get(reads() - 1);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double kl = 0;
            for (int v = 0; v < a[i].length; v++) kl += Math.exp(last[i][v]) * (last[i][v] - a[i][v]);
            sum += kl;
        }
        return sum / a.length;
    }

    /** Mean cross-entropy of read r against the true next tokens (one per row; negative: not counted), nats per token. */
    public double loss(int r, int[] targets) {
        double[][] a = logProbs.get(r);
        if (targets.length != a.length) throw new IllegalArgumentException(targets.length + " targets for " + a.length + " rows");
        double sum = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (targets[i] < 0) continue;
            sum -= a[i][targets[i]];
            n++;
        }
        return sum / n;
    }

    /** The k most likely tokens at one row for read r, most likely first. */
    public int[] top(int r, int row, int k) {
        double[] a = logProbs.get(r)[row];
        Integer[] order = new Integer[a.length];
        for (int v = 0; v < a.length; v++) order[v] = v;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y], a[x]));
        int[] out = new int[Math.min(k, a.length)];
        for (int i = 0; i < out.length; i++) out[i] = order[i];
        return out;
    }

    /** The probability read r gives token v at one row. */
    public double probability(int r, int row, int v) {
        return Math.exp(logProbs.get(r)[row][v]);
    }

    private static double[][] logSoftmax(Tensor logits) {
        int rows = logits.rows(), v = logits.cols();
        float[] d = logits.data;
        double[][] out = new double[rows][v];
        for (int i = 0; i < rows; i++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j < v; j++) max = Math.max(max, d[i * v + j]);
            for (int j = 0; j < v; j++) sum += Math.exp(d[i * v + j] - max);
            double log = max + Math.log(sum);
            for (int j = 0; j < v; j++) out[i][j] = d[i * v + j] - log;
        }
        return out;
    }

    private static int argmax(double[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) if (a[i] > a[best]) best = i;
        return best;
    }
}
