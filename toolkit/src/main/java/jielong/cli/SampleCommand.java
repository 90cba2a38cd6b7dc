package jielong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jielong.course.Runs;
import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.tokenize.StreamDecoder;
import jielong.tokenize.Tokenizer;
import jielong.train.Checkpoint;
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
        device.use();
        RunFolder run = RunFolder.of(checkpoint);
        Gpt model = Checkpoint.load(run.checkpoint()).toModel();
        Tokenizer tok = Tokenizer.load(run.tokenizer());
        sample(model, tok, prompt, tokens, new Sampling(temperature, topK, topP), seed);
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
