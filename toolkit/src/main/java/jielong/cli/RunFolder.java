package jielong.cli;

import java.nio.file.Path;

/** Where a training run keeps its files: the checkpoint and the tokenizer side by side. */
record RunFolder(Path dir) {
    Path checkpoint() {
        return dir.resolve("ckpt.bin");
    }

    Path tokenizer() {
        return dir.resolve("tokenizer.txt");
    }

    /** Accepts either the folder or the checkpoint file inside it. */
    static RunFolder of(Path dirOrCheckpoint) {
        return dirOrCheckpoint.toString().endsWith(".bin")
                ? new RunFolder(dirOrCheckpoint.toAbsolutePath().getParent())
                : new RunFolder(dirOrCheckpoint);
    }
}
