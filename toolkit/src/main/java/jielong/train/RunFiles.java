package jielong.train;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jielong.model.Gpt;
import jielong.tokenize.Tokenizer;

/**
 * A run folder, written as one unit: {@code ckpt.bin} and {@code tokenizer.txt} side by side, the
 * checkpoint naming its tokenizer by SHA-256, so a checkpoint never meets a tokenizer it was not trained with.
 *
 * <p>A fresh run's tokenizer waits in a temporary file until the run's first checkpoint: then both are
 * written to temporary files and moved into place, tokenizer first, each move atomic. A run that stops
 * before its first checkpoint leaves the folder as it found it. While a run writes, it holds a lock on
 * {@code .lock}, so a second run into the same folder stops at once with a message instead of mixing files.
 */
public final class RunFiles implements AutoCloseable {

    /** The lock file's name inside the run folder. */
    public static final String LOCK = ".lock";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path dir;
    private FileChannel lockChannel;
    private FileLock lock;
    private Path stagedTokenizer;
    private String tokenizerSha256 = "";

    /** Thrown when another process already writes to the run folder. */
    public static final class Busy extends IOException {
        Busy(Path dir) {
            super("run folder " + dir + " is in use by another run (a train or sweep writing to it): "
                    + "wait for that run to end, or pick another --out");
        }
    }

    /** Thrown when the checkpoint and the tokenizer beside it do not belong together. */
    public static final class Mismatch extends IOException {
        Mismatch(Path dir) {
            super("in " + dir + ", tokenizer.txt is not the tokenizer ckpt.bin was trained with: "
                    + "put back the tokenizer.txt saved with that run, or train again into a new --out");
        }
    }

    private RunFiles(Path dir) {
        this.dir = dir;
    }

    /** The run folder at {@code dir}, not yet locked: for reading. */
    public static RunFiles at(Path dir) {
        return new RunFiles(dir);
    }

    /**
     * Creates the folder if needed and locks it for writing; removes temporary files a crashed run left.
     *
     * @throws Busy if another run holds the lock
     */
    public static RunFiles lockForWriting(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file, not a run folder: pick a folder for --out");
        }
        Files.createDirectories(dir);
        RunFiles run = new RunFiles(dir);
        run.lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            run.lock = run.lockChannel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            run.lock = null;
        }
        if (run.lock == null) {
            run.lockChannel.close();
            throw new Busy(dir);
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "*" + TEMP_SUFFIX)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p); // we hold the lock, so no live run is writing them
            }
        }
        return run;
    }

    public Path dir() {
        return dir;
    }

    public Path checkpoint() {
        return dir.resolve("ckpt.bin");
    }

    public Path tokenizer() {
        return dir.resolve("tokenizer.txt");
    }

    /** Whether the folder holds a checkpoint. */
    public boolean hasCheckpoint() {
        return Files.isRegularFile(checkpoint());
    }

    /** A fresh run's tokenizer: written now to a temporary file, moved into place with the first checkpoint. */
    public void stageTokenizer(Tokenizer tokenizer) throws IOException {
        requireLock();
        Path tmp = Files.createTempFile(dir, "tokenizer.txt.", TEMP_SUFFIX);
        tokenizer.save(tmp);
        force(tmp);
        stagedTokenizer = tmp;
        tokenizerSha256 = sha256(tmp);
    }

    /** A resumed run keeps the tokenizer already in the folder, and names it in every checkpoint it writes. */
    public void keepTokenizer() throws IOException {
        tokenizerSha256 = sha256(tokenizer());
    }

    /** Writes a checkpoint, and a staged tokenizer with it: both to temporary files, then each moved into place. */
    void save(Gpt model, AdamW optimizer, TrainConfig training, int step) throws IOException {
        requireLock();
        Path tmp = Files.createTempFile(dir, "ckpt.bin.", TEMP_SUFFIX);
        try {
            Checkpoint.write(tmp, model, optimizer, training, step, tokenizerSha256);
            if (stagedTokenizer != null) {
                Files.move(stagedTokenizer, tokenizer(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                stagedTokenizer = null;
            }
            Files.move(tmp, checkpoint(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads the checkpoint and checks that {@code tokenizer.txt} is the one it was trained with.
     *
     * @throws Mismatch if the checkpoint names another tokenizer
     */
    public Checkpoint.Contents load() throws IOException {
        Checkpoint.Contents contents = Checkpoint.load(checkpoint());
        checkTokenizer(contents);
        return contents;
    }

    /** The tokenizer beside the checkpoint, once {@link #checkTokenizer} has accepted it. */
    public Tokenizer loadTokenizer(Checkpoint.Contents contents) throws IOException {
        checkTokenizer(contents);
        return Tokenizer.load(tokenizer());
    }

    private void checkTokenizer(Checkpoint.Contents contents) throws IOException {
        if (!Files.isRegularFile(tokenizer())) {
            throw new NoSuchFileException(tokenizer().toString(), null,
                    "no tokenizer beside the checkpoint; a run folder needs both ckpt.bin and tokenizer.txt");
        }
        if (!contents.tokenizerSha256().isEmpty() && !contents.tokenizerSha256().equals(sha256(tokenizer()))) {
            throw new Mismatch(dir);
        }
    }

    /** Unlocks the folder and removes a tokenizer that never got its checkpoint. */
    @Override
    public void close() throws IOException {
        if (stagedTokenizer != null) {
            Files.deleteIfExists(stagedTokenizer);
            stagedTokenizer = null;
        }
        if (lock != null) {
            lock.release();
            lockChannel.close();
            lock = null;
        }
    }

    private void requireLock() {
        if (lock == null) {
            throw new IllegalStateException("run folder " + dir + " is not locked for writing");
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** SHA-256 of a file's bytes, in hex. */
    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible); // every JDK has SHA-256
        }
    }
}
