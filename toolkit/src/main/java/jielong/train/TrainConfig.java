package jielong.train;

/**
 * How a model is trained: nanoGPT's defaults for its small character models.
 *
 * @param iters          optimiser steps in all
 * @param batchSize      sequences per step
 * @param learningRate   peak learning rate, reached after warm-up
 * @param minLearningRate where the cosine decay ends
 * @param warmupIters    steps of linear warm-up from 0
 * @param weightDecay    AdamW's decoupled decay, applied to matrices only (not biases, gains)
 * @param beta1          AdamW's first-moment decay
 * @param beta2          AdamW's second-moment decay
 * @param gradClip       largest allowed global gradient norm (0 = no clipping)
 * @param evalInterval   steps between validation-loss estimates (0 = only at the end)
 * @param evalIters      batches averaged per validation estimate
 * @param checkpointEvery steps between checkpoints when a folder is given (0 = only at the end)
 * @param seed           the seed for weights, batches and dropout
 */
public record TrainConfig(int iters, int batchSize, float learningRate, float minLearningRate, int warmupIters,
                          float weightDecay, float beta1, float beta2, float gradClip,
                          int evalInterval, int evalIters, int checkpointEvery, long seed) {

    /** nanoGPT's settings for its character-level Shakespeare model on a CPU. */
    public static TrainConfig defaults() {
        return new TrainConfig(2000, 12, 1e-3f, 1e-4f, 100, 0.1f, 0.9f, 0.99f, 1.0f, 250, 20, 500, 1337);
    }

    public TrainConfig withIters(int n) {
        return new TrainConfig(n, batchSize, learningRate, minLearningRate, warmupIters, weightDecay, beta1, beta2, gradClip, evalInterval, evalIters, checkpointEvery, seed);
    }

    public TrainConfig withBatchSize(int b) {
        return new TrainConfig(iters, b, learningRate, minLearningRate, warmupIters, weightDecay, beta1, beta2, gradClip, evalInterval, evalIters, checkpointEvery, seed);
    }

    public TrainConfig withLearningRate(float lr) {
        return new TrainConfig(iters, batchSize, lr, lr / 10, warmupIters, weightDecay, beta1, beta2, gradClip, evalInterval, evalIters, checkpointEvery, seed);
    }

    public TrainConfig withWarmup(int n) {
        return new TrainConfig(iters, batchSize, learningRate, minLearningRate, n, weightDecay, beta1, beta2, gradClip, evalInterval, evalIters, checkpointEvery, seed);
    }

    public TrainConfig withWeightDecay(float wd) {
        return new TrainConfig(iters, batchSize, learningRate, minLearningRate, warmupIters, wd, beta1, beta2, gradClip, evalInterval, evalIters, checkpointEvery, seed);
    }

    public TrainConfig withEval(int interval, int batches) {
        return new TrainConfig(iters, batchSize, learningRate, minLearningRate, warmupIters, weightDecay, beta1, beta2, gradClip, interval, batches, checkpointEvery, seed);
    }

    public TrainConfig withCheckpointEvery(int n) {
        return new TrainConfig(iters, batchSize, learningRate, minLearningRate, warmupIters, weightDecay, beta1, beta2, gradClip, evalInterval, evalIters, n, seed);
    }

    public TrainConfig withSeed(long s) {
        return new TrainConfig(iters, batchSize, learningRate, minLearningRate, warmupIters, weightDecay, beta1, beta2, gradClip, evalInterval, evalIters, checkpointEvery, s);
    }

    public TrainConfig withGradClip(float c) {
        return new TrainConfig(iters, batchSize, learningRate, minLearningRate, warmupIters, weightDecay, beta1, beta2, c, evalInterval, evalIters, checkpointEvery, seed);
    }

    /** Learning rate at a step (1-based): linear warm-up, then cosine decay to the minimum. */
    public float learningRateAt(int step) {
        if (step <= warmupIters) return learningRate * step / Math.max(1, warmupIters);
        double progress = (double) (step - warmupIters) / Math.max(1, iters - warmupIters);
        double cosine = 0.5 * (1 + Math.cos(Math.PI * Math.min(1.0, progress)));
        return (float) (minLearningRate + cosine * (learningRate - minLearningRate));
    }
}
