package jielong.course.whitebox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import jielong.data.RepeatedTokens;
import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.AttentionOnly;
import jielong.model.GptConfig;
import jielong.model.Trace;
import jielong.probe.HeadScores;
import jielong.train.BatchSource;
import jielong.train.Checkpoint;
import jielong.train.Examples;
import jielong.train.NextTokenLoss;
import jielong.train.Progress;
import jielong.train.TrainConfig;
import jielong.train.Trainer;
import jielong.viz.LinePlot;
import jielong.viz.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Lesson 08's induction experiment: an attention-only transformer trained on random sequences that
 * repeat ({@link RepeatedTokens}), scored only on the copy, where each token can be predicted by
 * finding its earlier occurrence and reading what came next. A run lives in the lesson's folder
 * ({@code induction-<layers>layer.ckpt} and its loss curve {@code .csv}), so a rerun loads it.
 *
 * @param model   the trained model
 * @param losses  training loss on the copy at every step, nats per token
 * @param data    the sequences it was trained on
 */
public record Induction(AttentionOnly model, float[] losses, RepeatedTokens data) {
    /** The task: 64 tokens, prefixes of 10 to 30 of them. */
    public static final RepeatedTokens TASK = new RepeatedTokens(64, 10, 30);

    /** This lesson's name, for its run folder. */
    public static final String LESSON = "08-white-box";

    /** Where the lesson keeps its runs: {@code runs/08-white-box/full/} (or {@code fast/}) in the checkout. */
    public static Path folder(boolean fast) {
        return jielong.course.Runs.lesson(LESSON, fast);
    }

    /** The shape: width 64, 2 heads a layer, a context of 60 tokens; layers as given. */
    public static GptConfig shape(int layers) {
        return new GptConfig(TASK.vocabSize(), TASK.maxLength(), layers, 2, 64, 0f);
    }

    /** The training run: batches of 16 sequences, AdamW at a learning rate of 3·10⁻³ (50 warm-up steps, then a cosine), no weight decay. */
    public static TrainConfig training(int steps, long seed) {
        return TrainConfig.defaults().withIters(steps).withBatchSize(16).withLearningRate(3e-3f).withWarmup(50)
                .withWeightDecay(0f).withEval(0, 0).withCheckpointEvery(0).withSeed(seed);
    }

    /** Batches of repeated sequences; each counts for the loss only on the copy, after its first token. */
    public static BatchSource<Examples.Batch> batches(RepeatedTokens data) {
        return new BatchSource<>() {
            @Override
            public Examples.Batch sample(Random rng, int batchSize) {
                Examples.Example[] picked = new Examples.Example[batchSize];
                for (int b = 0; b < batchSize; b++) {
                    int[] s = data.sample(rng);
                    picked[b] = new Examples.Example(s, s.length / 2 + 1);
                }
                return Examples.batch(picked);
            }

            @Override
            public int tokens(Examples.Batch batch) {
                return batch.x().length;
            }
        };
    }

    /** The model trained for {@code steps}, loaded from {@code folder} if it was trained before, else trained now. */
    public static Induction loadOrTrain(Path folder, int layers, int steps, long seed, Consumer<Progress> progress) {
        Path file = folder.resolve("induction-" + layers + "layer-seed" + seed + ".ckpt");
        Path curve = folder.resolve("induction-" + layers + "layer-seed" + seed + ".csv");
        AttentionOnly model = new AttentionOnly(shape(layers), seed);
        TrainConfig config = training(steps, seed);
        BatchSource<Examples.Batch> source = batches(TASK);
        try {
            List<Float> losses = new ArrayList<>(readCurve(curve));
            Trainer trainer;
            if (Files.exists(file) && Checkpoint.load(file).step() <= steps && losses.size() == Checkpoint.load(file).step()) {
                trainer = Trainer.resume(file, model, NextTokenLoss.onAnswers(model::forward), source, null, config);
            } else {
                losses.clear();
                trainer = new Trainer(model, NextTokenLoss.onAnswers(model::forward), source, null, config).checkpointTo(file);
            }
            if (trainer.step() < steps) {
                trainer.onProgress(progress);
                float[] ran = trainer.run().losses();
                for (float l : ran) losses.add(l);
                writeCurve(curve, losses);
            }
            float[] l = new float[losses.size()];
            for (int i = 0; i < l.length; i++) l[i] = losses.get(i);
            return new Induction(model, l, TASK);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file + ": " + e.getMessage() + "; delete it to train again", e);
        }
    }

    private static List<Float> readCurve(Path curve) throws IOException {
        List<Float> out = new ArrayList<>();
        if (!Files.exists(curve)) return out;
        for (String line : Files.readAllLines(curve)) {
            if (line.startsWith("step")) continue;
            out.add(Float.parseFloat(line.split(",")[1]));
        }
        return out;
    }

    private static void writeCurve(Path curve, List<Float> losses) throws IOException {
        StringBuilder sb = new StringBuilder("step,loss_nats\n");
        for (int i = 0; i < losses.size(); i++) sb.append(i + 1).append(',').append(losses.get(i)).append('\n');
        Path tmp = curve.resolveSibling(curve.getFileName() + ".tmp");
        Files.writeString(tmp, sb);
        Files.move(tmp, curve, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Fixed held-out sequences (their own seed), for every measurement below. */
    public static List<int[]> heldOut(int count, long seed) {
        Random rng = new Random(seed * 7919 + 17);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(TASK.sample(rng));
        return out;
    }

    /** Mean loss on the copy (after its first token) of the sequences, nats per token, with a trace (null: none). */
    public double copyLoss(List<int[]> sequences, Trace trace) {
        double sum = 0;
        int n = 0;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int[] s : sequences) {
                Examples.Batch b = Examples.batch(new Examples.Example(s, s.length / 2 + 1));
                float[] logp = Ops.logSoftmax(model.forward(b.x(), b.t(), trace)).host().data;
                int v = model.config.vocabSize();
                for (int i = 0; i < b.t(); i++) {
                    if (b.weights()[i] == 0) continue;
                    sum -= logp[i * v + b.y()[i]];
                    n++;
                }
            }
        }
        return sum / n;
    }

    /** The attention weights [T][T] of one head on one sequence (all but its last token, as the model reads it). */
    public float[][] weights(int[] sequence, int layer, int head) {
        int t = sequence.length - 1;
        Trace trace = Trace.record("h." + layer + ".attn.probs");
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            model.forward(java.util.Arrays.copyOf(sequence, t), t, trace);
        }
        float[] d = trace.get("h." + layer + ".attn.probs").data;
        float[][] w = new float[t][t];
        for (int i = 0; i < t; i++) System.arraycopy(d, (head * t + i) * t, w[i], 0, t);
        return w;
    }

    /** A head's induction and previous-token scores, averaged over the sequences: {induction, previous token}. */
    public double[] scores(List<int[]> sequences, int layer, int head) {
        double ind = 0, prev = 0;
        for (int[] s : sequences) {
            float[][] w = weights(s, layer, head);
            ind += HeadScores.induction(w, java.util.Arrays.copyOf(s, s.length - 1));
            prev += HeadScores.previousToken(w);
        }
        return new double[] {ind / sequences.size(), prev / sequences.size()};
    }

    /**
     * One row per head: its induction and previous-token scores on the sequences, and the loss on
     * the copy when the trace removes it; a last row removes every head of the last layer at once.
     */
    public Table heads(List<int[]> sequences) {
        int layers = model.config.nLayer(), heads = model.config.nHead();
        Table t = Table.create(layers + "-layer model: what each head does, and the loss on the copy without it");
        StringColumn name = StringColumn.create("removed");
        DoubleColumn ind = DoubleColumn.create("induction score (%)"), prev = DoubleColumn.create("previous-token score (%)"),
                loss = DoubleColumn.create("loss on the copy (nats)");
        name.append("nothing (the trained model)");
        ind.appendMissing();
        prev.appendMissing();
        loss.append(copyLoss(sequences, null));
        for (int l = 0; l < layers; l++) for (int h = 0; h < heads; h++) {
            double[] s = scores(sequences, l, h);
            name.append("layer " + l + ", head " + h);
            ind.append(100 * s[0]);
            prev.append(100 * s[1]);
            loss.append(copyLoss(sequences, Trace.ablate(headName(l, h))));
        }
        if (heads > 1) {
            String[] all = new String[heads];
            for (int h = 0; h < heads; h++) all[h] = headName(layers - 1, h);
            name.append("every head of layer " + (layers - 1));
            ind.appendMissing();
            prev.appendMissing();
            loss.append(copyLoss(sequences, Trace.ablate(all)));
        }
        return t.addColumns(name, ind, prev, loss);
    }

    /** The head with the highest induction score on the sequences: {layer, head}. */
    public int[] strongestInductionHead(List<int[]> sequences) {
        int[] best = {0, 0};
        double top = -1;
        for (int l = 0; l < model.config.nLayer(); l++) for (int h = 0; h < model.config.nHead(); h++) {
            double s = scores(sequences, l, h)[0];
            if (s > top) {
                top = s;
                best = new int[] {l, h};
            }
        }
        return best;
    }

    /** The trace name of a head's output. */
    public static String headName(int layer, int head) {
        return "h." + layer + ".attn.head." + head;
    }

    /** Training loss on the copy against step for several runs, each averaged over {@code window} steps, with ln V for reference. */
    public static LinePlot curves(List<Induction> runs, int window) {
        LinePlot plot = Plot.line("repeated random tokens: loss on the copy").axes("step", "loss on the copy (nats/token)");
        int longest = 0;
        for (Induction r : runs) {
            int n = r.losses().length / window;
            double[] x = new double[n], y = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = i * window; j < (i + 1) * window; j++) s += r.losses()[j];
                x[i] = (i + 1) * window;
                y[i] = s / window;
            }
            int layers = r.model().config.nLayer();
            plot.series(layers + (layers == 1 ? " layer" : " layers") + " (mean of " + window + " steps)", x, y);
            longest = Math.max(longest, r.losses().length);
        }
        double lnV = Math.log(TASK.vocabSize());
        return plot.series("ln V (uniform guess)", new double[] {1, longest}, new double[] {lnV, lnV});
    }
}
