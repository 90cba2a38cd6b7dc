package jielong.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

import jielong.course.Runs;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.tokenize.CharTokenizer;
import jielong.tokenize.Tokenizer;
import jielong.train.Checkpoint;
import jielong.train.RunFiles;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import jielong.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;

    /** The shape options, by name, and how to read each from a checkpoint's model. */
    private static final Map<String, ToIntFunction<GptConfig>> SHAPE = new LinkedHashMap<>();

    static {
        SHAPE.put("--layers", GptConfig::nLayer);
        SHAPE.put("--heads", GptConfig::nHead);
        SHAPE.put("--embd", GptConfig::nEmbd);
        SHAPE.put("--block", GptConfig::blockSize);
    }

    @Override
    public Integer call() throws Exception {
        // Everything is checked before the run folder is touched.
        opts.validate();
        BadInput.require(evalInterval >= 0, "--eval-interval " + evalInterval + ": give 0 (only at the end) or more steps");
        BadInput.require(evalIters >= 1, "--eval-iters " + evalIters + ": a validation estimate needs at least 1 batch");
        String text = opts.text();
        TrainConfig config = opts.training().withEval(evalInterval, evalIters).withCheckpointEvery(Math.max(evalInterval, 100));

        try (RunFiles run = RunFiles.lockForWriting(out)) {
            Trainer trainer;
            if (resume && run.hasCheckpoint()) {
                Checkpoint.Contents saved = run.load();
                checkShape(saved.model());
                opts.block = saved.model().blockSize(); // for the data checks below: the saved shape counts
                opts.heads = saved.model().nHead();
                if (iters() <= saved.step()) {
                    System.out.printf("nothing to do: %s is at step %,d and --iters is %,d; give --iters above %,d to train further%n",
                            run.checkpoint(), saved.step(), iters(), saved.step());
                    return 0;
                }
                Tokenizer tok = run.loadTokenizer(saved);
                TokenData all = new TokenData(encode(tok, text));
                opts.validate(text, tok.vocabSize());
                run.keepTokenizer();
                trainer = Trainer.resume(run.checkpoint(), all.head(0.9), all.tail(0.9), config);
                System.out.println("resuming " + run.checkpoint() + " at step " + trainer.step());
            } else {
                Tokenizer tok = CharTokenizer.fromText(text);
                opts.validate(text, tok.vocabSize());
                if (resume) {
                    System.out.println("no checkpoint in " + out + " yet: starting a fresh run");
                } else if (run.hasCheckpoint()) {
                    System.out.println(out + " holds an earlier run; this run replaces it at its first checkpoint "
                            + "(until then the earlier one stays as it is; --resume would continue it instead)");
                }
                run.stageTokenizer(tok);
                TokenData all = new TokenData(tok.encode(text));
                Gpt model = new Gpt(opts.model(tok.vocabSize()), config.seed());
                trainer = new Trainer(model, all.head(0.9), all.tail(0.9), config);
            }
            Gpt model = trainer.model();
            System.out.printf("model: %d layers, %d heads, width %d, context %d, vocabulary %d: %,d parameters%n",
                    model.config.nLayer(), model.config.nHead(), model.config.nEmbd(), model.config.blockSize(),
                    model.config.vocabSize(), model.parameterCount());
            System.out.println("engine: " + jielong.engine.Ops.backend().name());

            Trainer.Result r = trainer.checkpointTo(run).onProgress(new ProgressLine(System.out)).run();
            System.out.println("checkpoint: " + run.checkpoint());
            System.out.printf("val_loss: %.4f%n", r.finalValLoss());
            System.out.printf("wall_s: %.1f%n", r.wallSeconds());
            return 0;
        }
    }

    private int iters() {
        return opts.iters;
    }

    /** With --resume, a shape option given on the command line must match the checkpoint's. */
    private void checkShape(GptConfig saved) {
        List<String> conflicts = new ArrayList<>();
        SHAPE.forEach((option, read) -> {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                int asked = spec.commandLine().getParseResult().matchedOptionValue(option, 0);
                if (asked != read.applyAsInt(saved)) {
                    conflicts.add(option + " " + asked + " (the checkpoint has " + read.applyAsInt(saved) + ")");
                }
            }
        });
        BadInput.require(conflicts.isEmpty(), "--resume continues the saved model, whose shape cannot change: "
                + String.join(", ", conflicts) + ". Drop those options, or train a new model into another --out");
    }

    /** The text as token ids; a character the saved tokenizer never saw gets a clear message. */
    private int[] encode(Tokenizer tok, String text) {
        try {
            return tok.encode(text);
        } catch (IllegalArgumentException unknown) {
            throw new BadInput("--resume: the text has characters the saved run never saw (" + unknown.getMessage()
                    + "); resume with the data it was trained on, or train a new model into another --out");
        }
    }
}
