package jielong.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jielong.course.Runs;
import jielong.model.Gpt;
import jielong.tokenize.CharTokenizer;
import jielong.tokenize.Tokenizer;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import jielong.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./jielong train}: trains a character-level GPT, writing checkpoints as it goes. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a character-level GPT; ends by printing val_loss and wall_s.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    ModelOptions opts;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the checkpoint and tokenizer (default: ${DEFAULT-VALUE})")
    Path out = Runs.command("train");

    @Option(names = "--resume", description = "continue from DIR/ckpt.bin if it exists")
    boolean resume;

    @Option(names = "--eval-interval", description = "steps between validation estimates (default: ${DEFAULT-VALUE})")
    int evalInterval = 250;

    @Option(names = "--eval-iters", description = "batches per validation estimate (default: ${DEFAULT-VALUE})")
    int evalIters = 20;

    @Override
    public Integer call() throws Exception {
        opts.applyEngine();
        RunFolder run = new RunFolder(out);
        Files.createDirectories(run.dir());
        String text = opts.text();
        TrainConfig config = opts.training().withEval(evalInterval, evalIters).withCheckpointEvery(Math.max(evalInterval, 100));

        Trainer trainer;
        Tokenizer tok;
        if (resume && Files.exists(run.checkpoint())) {
            tok = Tokenizer.load(run.tokenizer());
            TokenData all = new TokenData(tok.encode(text));
            trainer = Trainer.resume(run.checkpoint(), all.head(0.9), all.tail(0.9), config);
            System.out.println("resuming " + run.checkpoint() + " at step " + trainer.step());
        } else {
            tok = CharTokenizer.fromText(text);
            tok.save(run.tokenizer());
            TokenData all = new TokenData(tok.encode(text));
            Gpt model = new Gpt(opts.model(tok.vocabSize()), config.seed());
            trainer = new Trainer(model, all.head(0.9), all.tail(0.9), config);
        }
        Gpt model = trainer.model();
        System.out.printf("model: %d layers, %d heads, width %d, context %d, vocabulary %d: %,d parameters%n",
                model.config.nLayer(), model.config.nHead(), model.config.nEmbd(), model.config.blockSize(),
                model.config.vocabSize(), model.parameterCount());
        System.out.println("engine: " + jielong.engine.Ops.backend().name());

        Trainer.Result r = trainer.checkpointTo(run.checkpoint()).onProgress(new ProgressLine(System.out)).run();
        System.out.println("checkpoint: " + run.checkpoint());
        System.out.printf("val_loss: %.4f%n", r.finalValLoss());
        System.out.printf("wall_s: %.1f%n", r.wallSeconds());
        return 0;
    }
}
