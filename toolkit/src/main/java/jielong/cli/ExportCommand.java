package jielong.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jielong.io.Weights;
import jielong.model.Gpt;
import jielong.train.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jielong export}: writes a checkpoint's weights as a NumPy .npz file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export weights to NumPy .npz (GPT-2 parameter names, float32): numpy.load reads it.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, paramLabel = "DIR|FILE")
    Path checkpoint;

    @Option(names = "--out", required = true, paramLabel = "FILE.npz")
    Path out;

    @Override
    public Integer call() throws Exception {
        BadInput.require(out.getFileName().toString().endsWith(".npz"), "--out " + out + ": name a .npz file, e.g. model.npz");
        BadInput.require(!Files.isDirectory(out), "--out " + out + " is a folder: name a .npz file");
        Gpt model = RunFiles.at(RunFolder.of(checkpoint).dir()).load().toModel();
        Weights.exportNpz(model, out);
        System.out.println("wrote " + out + " (" + model.parameters().size() + " arrays, " + model.parameterCount() + " parameters)");
        return 0;
    }
}
