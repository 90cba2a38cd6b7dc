package jielong.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    /** Checks every number before anything runs or any file is touched; a {@link BadInput} says which and why. */
    void validate() {
        BadInput.require(layers >= 1, "--layers " + layers + ": a model needs at least 1 layer");
        BadInput.require(heads >= 1, "--heads " + heads + ": attention needs at least 1 head");
        BadInput.require(embd >= 1, "--embd " + embd + ": the width must be at least 1");
        BadInput.require(embd % heads == 0, "--embd " + embd + " does not divide evenly into --heads " + heads
                + ": pick a width that is a multiple of the heads, e.g. --embd " + Math.max(heads, embd / heads * heads));
        BadInput.require(block >= 1, "--block " + block + ": the context must be at least 1 token");
        BadInput.require(batch >= 1, "--batch " + batch + ": a step needs at least 1 sequence");
        BadInput.require(iters >= 1, "--iters " + iters + ": train for at least 1 step");
        BadInput.require(Float.isFinite(lr) && lr > 0, "--lr " + lr + ": the learning rate must be a positive number, e.g. 1e-3");
        BadInput.require(dropout >= 0 && dropout < 1, "--dropout " + dropout + ": a probability from 0 up to (not including) 1");
        BadInput.require(threads >= 0, "--threads " + threads + ": give 0 (one per core) or more");
        // The largest arrays a step makes: attention scores (batch x heads x block x block) and the MLP's
        // activations (batch x block x 4 width). Java arrays hold at most 2^31 - 1 floats.
        long scores = (long) batch * heads * block * block;
        long mlp = (long) batch * block * 4L * embd;
        long weights = 4L * embd * embd;
        if (Math.max(scores, Math.max(mlp, weights)) > MAX_ARRAY) {
            long fits = (long) Math.sqrt((double) MAX_ARRAY / ((long) batch * heads));
            throw new BadInput(String.format("--block %,d with --batch %d and --heads %d needs arrays of %,d floats, "
                    + "more than Java's arrays hold (%,d): use a smaller --block (at most about %,d) or --batch",
                    block, batch, heads, Math.max(scores, mlp), MAX_ARRAY, fits));
        }
    }

    /** The most elements a Java array holds, with some room: the JVM refuses a few above 2^31 - 8. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** After the data is read: the vocabulary, and enough text for a batch in both the training and validation parts. */
    void validate(String text, int vocab) {
        long logits = (long) batch * block * vocab;
        BadInput.require(logits <= MAX_ARRAY, String.format("--batch %d x --block %,d x a vocabulary of %,d needs %,d "
                + "logits, more than a Java array holds: use a smaller --batch or --block", batch, block, vocab, logits));
        long tokens = text.codePoints().count();
        long needed = (long) Math.ceil((block + 1) / 0.1) + 1; // 10% is held out for validation
        BadInput.require(tokens >= needed, String.format("%s has %,d characters, too few for --block %d: "
                + "the 10%% held out for validation needs --block + 1 of them. Use at least %,d characters, or a smaller --block",
                data == null ? "the text" : "--data " + data, tokens, block, needed));
    }

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
        return data == null ? DemoCorpus.text(seed) : readText(data, "--data");
    }

    /** A UTF-8 text file, with a clear {@link BadInput} for a missing, empty, binary or non-UTF-8 one. */
    static String readText(Path file, String option) throws IOException {
        BadInput.require(Files.exists(file), option + " " + file + ": no such file");
        BadInput.require(!Files.isDirectory(file), option + " " + file + " is a folder: name a UTF-8 text file");
        byte[] bytes = Files.readAllBytes(file);
        BadInput.require(bytes.length > 0, option + " " + file + " is empty: give it some text to train on");
        for (int i = 0; i < Math.min(bytes.length, 1 << 16); i++) {
            BadInput.require(bytes[i] != 0, option + " " + file + " looks binary (a zero byte at offset " + i
                    + "): give a UTF-8 text file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInput(option + " " + file + " is not UTF-8 text: convert it first, e.g. "
                    + "iconv -f GB18030 -t UTF-8 " + file + " > text.txt");
        }
    }
}
