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
    public static final RepeatedTokens TASK = new RepeatedTokens(Integer.getInteger("v", 64), Integer.getInteger("lo", 10), Integer.getInteger("hi", 30));

    /** The shape: width 64, 2 heads a layer, a context of 60 tokens; layers as given. */
    public static GptConfig shape(int layers) {
        return new GptConfig(TASK.vocabSize(), TASK.maxLength(), layers, Integer.getInteger("h", 2), Integer.getInteger("w", 64), 0f);
    }

    /** The training run: batches of 16 sequences, learning rate 10⁻³ with 50 warm-up steps. */
    public static TrainConfig training(int steps, long seed) {
        return TrainConfig.defaults().withIters(steps).withBatchSize(16).withLearningRate(Float.parseFloat(System.getProperty("lr","1e-3"))).withWarmup(50)
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

    /** Mean loss on the first half (the random prefix, after its first token), nats per token: about ln V for any model. */
    public double prefixLoss(List<int[]> sequences) {
        double sum = 0;
        int n = 0;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int[] s : sequences) {
                int half = s.length / 2, t = s.length - 1;
                float[] logp = Ops.logSoftmax(model.forward(java.util.Arrays.copyOf(s, t), t)).host().data;
                int v = model.config.vocabSize();
                for (int i = 0; i + 1 < half; i++) {
                    sum -= logp[i * v + s[i + 1]];
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
}
