package jielong.course.whitebox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.Trace;
import jielong.probe.LinearProbe;
import jielong.viz.LinePlot;
import jielong.viz.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Linear probes for a character's place in its five-character phrase (0 to 4), read from the
 * residual stream after every layer, each against two controls: the same probe trained on shuffled
 * labels, and the same probe on an untrained model of the same shape. Probes learn on the first
 * three quarters of the windows and are scored on the rest.
 *
 * @param reads      what each probe reads, {@code embed.out} then {@code h.l.resid_post}
 * @param trained    held-out accuracy on the trained model, per read, 0 to 1
 * @param shuffled   the same with the training labels shuffled
 * @param untrained  the same on the untrained model
 * @param chance     the held-out share of the commonest place: what guessing it always scores
 */
public record Probes(List<String> reads, double[] trained, double[] shuffled, double[] untrained, double chance) {
    /** The number of places in a phrase. */
    public static final int PLACES = 5;

    /** Probes on every read of both models, with the options given; the seed shuffles the control's labels. */
    public static Probes run(Gpt trainedModel, Gpt untrainedModel, PoemWindows windows, LinearProbe.Options options, long seed) {
        List<String> reads = new ArrayList<>();
        reads.add("embed.out");
        for (int l = 0; l < trainedModel.config.nLayer(); l++) reads.add("h." + l + ".resid_post");
        List<float[][]> real = states(trainedModel, windows, reads), fresh = states(untrainedModel, windows, reads);
        int split = windows.windows() * 3 / 4 * windows.t();
        List<Integer> trainRows = new ArrayList<>(), testRows = new ArrayList<>();
        for (int i = 0; i < windows.phrase().length; i++) if (windows.phrase()[i] >= 0) (i < split ? trainRows : testRows).add(i);
        int[] yTrain = labels(windows, trainRows), yTest = labels(windows, testRows);
        int[] yShuffled = yTrain.clone();
        Random rng = new Random(seed);
        for (int i = yShuffled.length - 1; i > 0; i--) { // Fisher-Yates
            int j = rng.nextInt(i + 1), tmp = yShuffled[i];
            yShuffled[i] = yShuffled[j];
            yShuffled[j] = tmp;
        }
        int n = reads.size();
        double[] a = new double[n], b = new double[n], c = new double[n];
        for (int r = 0; r < n; r++) {
            float[][] xTrain = rows(real.get(r), trainRows), xTest = rows(real.get(r), testRows);
            a[r] = LinearProbe.fit(xTrain, yTrain, PLACES, options).accuracy(xTest, yTest);
            b[r] = LinearProbe.fit(xTrain, yShuffled, PLACES, options).accuracy(xTest, yTest);
            c[r] = LinearProbe.fit(rows(fresh.get(r), trainRows), yTrain, PLACES, options).accuracy(rows(fresh.get(r), testRows), yTest);
        }
        int[] counts = new int[PLACES];
        for (int y : yTest) counts[y]++;
        int most = 0;
        for (int k : counts) most = Math.max(most, k);
        return new Probes(List.copyOf(reads), a, b, c, (double) most / yTest.length);
    }

    /** The table: one row per read, the three accuracies in percent. */
    public Table table() {
        Table t = Table.create("probe accuracy on held-out characters: place in the five-character phrase (%)");
        StringColumn name = StringColumn.create("read off");
        IntColumn layers = IntColumn.create("layers done");
        DoubleColumn a = DoubleColumn.create("trained model"), b = DoubleColumn.create("shuffled labels (control)"),
                c = DoubleColumn.create("untrained model (control)");
        for (int r = 0; r < reads.size(); r++) {
            name.append(reads.get(r));
            layers.append(r);
            a.append(100 * trained[r]);
            b.append(100 * shuffled[r]);
            c.append(100 * untrained[r]);
        }
        return t.addColumns(name, layers, a, b, c);
    }

    /** The accuracies against layers done, with the always-guess-the-commonest line. */
    public LinePlot plot() {
        int n = reads.size();
        double[] x = new double[n], a = new double[n], b = new double[n], c = new double[n], ch = new double[n];
        for (int r = 0; r < n; r++) {
            x[r] = r;
            a[r] = 100 * trained[r];
            b[r] = 100 * shuffled[r];
            c[r] = 100 * untrained[r];
            ch[r] = 100 * chance;
        }
        return Plot.line("probing for the place in the phrase")
                .axes("layers done (0 = embedding only)", "held-out accuracy (%)")
                .points("trained model", x, a).points("untrained model (control)", x, c).points("shuffled labels (control)", x, b)
                .series("always the commonest place", x, ch);
    }

    /** Every read's residual stream, [rows][C], of the model on the windows. */
    static List<float[][]> states(Gpt model, PoemWindows windows, List<String> reads) {
        Trace trace = Trace.record(reads.toArray(String[]::new));
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            model.forward(windows.tokens(), windows.t(), trace);
        }
        List<float[][]> out = new ArrayList<>();
        for (String r : reads) {
            Tensor s = trace.get(r);
            int rows = s.rows(), c = s.cols();
            float[][] m = new float[rows][c];
            for (int i = 0; i < rows; i++) System.arraycopy(s.data, i * c, m[i], 0, c);
            out.add(m);
        }
        return out;
    }

    private static float[][] rows(float[][] x, List<Integer> which) {
        float[][] out = new float[which.size()][];
        for (int i = 0; i < out.length; i++) out[i] = x[which.get(i)];
        return out;
    }

    private static int[] labels(PoemWindows w, List<Integer> which) {
        int[] out = new int[which.size()];
        for (int i = 0; i < out.length; i++) out[i] = w.phrase()[which.get(i)];
        return out;
    }
}
