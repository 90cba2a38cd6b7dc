package jielong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jielong.course.Runs;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.tokenize.Tokenizer;
import jielong.train.Checkpoint;
import jielong.train.RunFiles;
import picocli.CommandLine.Command;

/**
 * The first thing a learner runs: train a small GPT on generated sums for a few hundred steps
 * (about a minute on a laptop), then let it write some.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Train a tiny GPT on generated sums for about a minute, then sample from it.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        System.out.println("Jielong (接龙): training a tiny GPT on generated sums such as 27+58=85, then sampling from it.");
        System.out.println("Run ./jielong --help for every command.\n");
        Path dir = Runs.command("demo");
        boolean fast = "1".equals(System.getenv("JIELONG_FAST"));
        int code = Main.commandLine().execute("train", "--out", dir.toString(), "--iters", fast ? "60" : "600",
                "--layers", "2", "--embd", "64", "--heads", "4", "--block", "32", "--eval-interval", fast ? "30" : "200");
        if (code != 0) return code;
        RunFiles run = RunFiles.at(dir);
        Checkpoint.Contents saved = run.load();
        Gpt model = saved.toModel();
        Tokenizer tok = run.loadTokenizer(saved);
        System.out.println("\nSamples (temperature 0.8): each line should look like a sum, and more of them come out right as training goes on:");
        SampleCommand.sample(model, tok, "12+", 120, Sampling.temperature(0.8f), 7);
        return 0;
    }
}
