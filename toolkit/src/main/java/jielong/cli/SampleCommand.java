package jielong.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jielong.course.Runs;
import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.tokenize.StreamDecoder;
import jielong.tokenize.Tokenizer;
import jielong.train.Checkpoint;
import jielong.train.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jielong sample}: continues a prompt with a trained model, printing tokens as they come. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Generate text from a trained checkpoint.")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", paramLabel = "DIR|FILE", description = "run folder or its ckpt.bin (default: ${DEFAULT-VALUE})")
    Path checkpoint = Runs.command("train");

    @Option(names = "--prompt", description = "text to continue (default: a newline)")
    String prompt = "\n";

    @Option(names = "--tokens", description = "tokens to generate (default: ${DEFAULT-VALUE})")
    int tokens = 300;

    @Option(names = "--temperature", description = "0 = greedy (default: ${DEFAULT-VALUE})")
    float temperature = 0.8f;

    @Option(names = "--top-k", description = "keep the k most likely tokens, 0 = all (default: ${DEFAULT-VALUE})")
    int topK = 0;

    @Option(names = "--top-p", description = "nucleus sampling threshold, 1 = off (default: ${DEFAULT-VALUE})")
    float topP = 1f;

    @Option(names = "--seed", description = "sampling seed (default: ${DEFAULT-VALUE})")
    long seed = 1337;

    @Option(names = "--device", description = "cpu, or cuda for an NVIDIA GPU (default: ${DEFAULT-VALUE})")
    Device device = Device.cpu;

    @Override
    public Integer call() throws Exception {
        BadInput.require(tokens >= 0, "--tokens " + tokens + ": give how many tokens to generate, 0 or more");
        BadInput.require(Float.isFinite(temperature) && temperature >= 0, "--temperature " + temperature
                + ": give 0 (always the likeliest token) or more; 0.8 is a good start");
        BadInput.require(topK >= 0, "--top-k " + topK + ": give 0 (keep every token) or more");
        BadInput.require(topP > 0 && topP <= 1, "--top-p " + topP + ": give a probability above 0, at most 1 (1 = off)");
        RunFolder folder = RunFolder.of(checkpoint);
        BadInput.require(Files.exists(folder.dir()), "--checkpoint " + checkpoint
                + ": no such run folder; train one first with ./jielong train --out " + checkpoint);
        device.use();
        RunFiles run = RunFiles.at(folder.dir());
        Checkpoint.Contents saved = run.load();
        Tokenizer tok = run.loadTokenizer(saved);
        int[] ids;
        try {
            ids = tok.encode(prompt);
        } catch (IllegalArgumentException unknown) {
            throw new BadInput("--prompt: " + unknown.getMessage() + "; use only characters from the training text");
        }
        BadInput.require(ids.length > 0, "--prompt is empty: give at least one character to continue");
        sample(saved.toModel(), tok, prompt, tokens, new Sampling(temperature, topK, topP), seed);
        return 0;
    }

    /** Streams a continuation of prompt to standard output. */
    static void sample(Gpt model, Tokenizer tok, String prompt, int n, Sampling sampling, long seed) {
        StreamDecoder decoder = tok.streamDecoder();
        System.out.print(prompt);
        new Generator(model).generate(tok.encode(prompt), n, sampling, seed, id -> {
            System.out.print(decoder.push(id));
            System.out.flush();
        });
        System.out.println(decoder.flush());
    }
}
