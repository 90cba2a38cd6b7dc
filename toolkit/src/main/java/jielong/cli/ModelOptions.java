package jielong.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jielong.engine.Parallel;
import jielong.model.GptConfig;
import jielong.train.TrainConfig;
import picocli.CommandLine.Option;

/** The options train and bench share: model shape, data, steps, seed, threads. */
final class ModelOptions {
    @Option(names = "--data", paramLabel = "FILE", description = "UTF-8 text to train on (default: a generated corpus)")
    Path data;

    @Option(names = "--layers", description = "transformer blocks (default: ${DEFAULT-VALUE})")
    int layers = 4;

    @Option(names = "--heads", description = "attention heads (default: ${DEFAULT-VALUE})")
    int heads = 4;

    @Option(names = "--embd", description = "model width (default: ${DEFAULT-VALUE})")
    int embd = 128;

    @Option(names = "--block", description = "context length in tokens (default: ${DEFAULT-VALUE})")
    int block = 64;

    @Option(names = "--batch", description = "sequences per step (default: ${DEFAULT-VALUE})")
    int batch = 12;

    @Option(names = "--iters", description = "optimiser steps (default: ${DEFAULT-VALUE})")
    int iters = 2000;

    @Option(names = "--lr", description = "peak learning rate (default: ${DEFAULT-VALUE})")
    float lr = 1e-3f;

    @Option(names = "--dropout", description = "dropout probability (default: ${DEFAULT-VALUE})")
    float dropout = 0f;

    @Option(names = "--seed", description = "seed for weights, batches and sampling (default: ${DEFAULT-VALUE})")
    long seed = 1337;

    @Option(names = "--threads", description = "engine threads, 0 = one per core (default: ${DEFAULT-VALUE})")
    int threads = 0;

    @Option(names = "--device", description = "cpu, or cuda for an NVIDIA GPU (needs a JDK 22+, which ./jielong finds) (default: ${DEFAULT-VALUE})")
    Device device = Device.cpu;

    /** Applies --threads and --device to the engine. */
    void applyEngine() {
        Parallel.setThreads(threads);
        device.use();
    }

    GptConfig model(int vocab) {
        return new GptConfig(vocab, block, layers, heads, embd, dropout);
    }

    TrainConfig training() {
        return TrainConfig.defaults().withIters(iters).withBatchSize(batch).withLearningRate(lr)
                .withWarmup(Math.min(100, iters / 10)).withSeed(seed);
    }

    /** The training text: --data, or the generated corpus. */
    String text() throws IOException {
        if (data == null) return DemoCorpus.text(seed);
        if (!Files.isRegularFile(data)) throw new IOException("--data " + data + ": no such file");
        return Files.readString(data, StandardCharsets.UTF_8);
    }
}
