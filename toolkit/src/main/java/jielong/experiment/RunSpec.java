package jielong.experiment;

import jielong.cost.Flops;
import jielong.cost.ParameterCount;
import jielong.model.GptConfig;
import jielong.train.TrainConfig;

/**
 * One run of a sweep: a model shape trained on a number of tokens. Its id names it in the results
 * table, so a resumed sweep can tell which runs are done.
 *
 * @param id           unique name within the sweep, e.g. {@code L2-d32-D400k}
 * @param shape        the model
 * @param tokens       training tokens D (steps · batch · context), each seen about once
 * @param batchSize    sequences per step
 * @param learningRate peak learning rate (cosine decay to a tenth)
 * @param seed         weights and batches
 */
public record RunSpec(String id, GptConfig shape, long tokens, int batchSize, float learningRate, long seed) {

    public RunSpec {
        if (id.isBlank() || id.contains(",") || id.contains("\"")) {
            throw new IllegalArgumentException("a run id must be non-empty and hold no comma or quote: '" + id + "'");
        }
        if (tokens < (long) batchSize * shape.blockSize()) {
            throw new IllegalArgumentException("run " + id + " has " + tokens + " tokens, fewer than one batch of "
                    + batchSize + " × " + shape.blockSize());
        }
    }

    /** A run named after its shape and data: {@code L2-d32-D400k}. */
    public static RunSpec of(GptConfig shape, long tokens, int batchSize, float learningRate, long seed) {
        String id = "L" + shape.nLayer() + "-d" + shape.nEmbd() + "-D" + shortCount(tokens);
        return new RunSpec(id, shape, tokens, batchSize, learningRate, seed);
    }

    /** Optimiser steps: tokens divided by the tokens of one batch, rounded to the nearest step. */
    public int steps() {
        return (int) Math.max(1, Math.round((double) tokens / tokensPerStep()));
    }

    /** Tokens one step trains on. */
    public long tokensPerStep() {
        return (long) batchSize * shape.blockSize();
    }

    /** Non-embedding parameters N, the count scaling laws use. */
    public long parameters() {
        return ParameterCount.of(shape).nonEmbedding();
    }

    /** Training FLOPs of the tokens actually trained on (whole steps). */
    public double flops() {
        return Flops.training(shape, (long) steps() * tokensPerStep());
    }

    /** The trainer settings: warm-up over the first tenth of the steps, validation 8 times per run. */
    public TrainConfig trainConfig(int evalBatches) {
        int steps = steps();
        return TrainConfig.defaults().withIters(steps).withBatchSize(batchSize).withLearningRate(learningRate)
                .withWarmup(Math.max(1, steps / 10)).withEval(Math.max(1, steps / 8), evalBatches)
                .withCheckpointEvery(0).withSeed(seed);
    }

    /** 400000 → 400k, 2000000 → 2M. */
    static String shortCount(long n) {
        if (n >= 1_000_000 && n % 100_000 == 0) return trim(n / 1e6) + "M";
        if (n >= 1_000 && n % 100 == 0) return trim(n / 1e3) + "k";
        return Long.toString(n);
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
