package jielong.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;

/**
 * A model, its optimiser state and its step, in one file that ends with a CRC-32C checksum.
 * Written to a temporary file and renamed into place, so a crash mid-write never leaves a
 * half-written checkpoint under the real name. A GPT's file starts with its shape; another
 * model's (format 03) holds only named tensors, and the caller builds the model to load them into.
 */
public final class Checkpoint {
    /** Version 1 files hold no tokenizer hash; version 2 files name the tokenizer the run was trained with. */
    private static final byte[] MAGIC_V1 = "JLCKPT01".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MAGIC = "JLCKPT02".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** A model other than the GPT: named tensors only; the caller builds the model to load them into. */
    private static final byte[] MAGIC_OTHER = "JLCKPT03".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * What a checkpoint file holds. {@code tokenizerSha256} is the SHA-256 (hex) of the tokenizer file
     * the run was trained with, or empty when the checkpoint does not say (older files, bare saves).
     * {@code model} is null for a model other than the GPT.
     */
    public record Contents(GptConfig model, TrainConfig training, int step,
                           Map<String, float[]> weights, Map<String, float[]> adamM, Map<String, float[]> adamV,
                           String tokenizerSha256) {
        /** A model with these weights. */
        public Gpt toModel() {
            if (model == null) {
                throw new IllegalStateException("this checkpoint holds a model other than the GPT: build that model and "
                        + "resume with Trainer.resume(file, model, objective, train, val, null)");
            }
            Gpt gpt = new Gpt(model, training.seed());
            gpt.parameters().forEach((name, p) -> System.arraycopy(weights.get(name), 0, p.data, 0, p.size()));
            return gpt;
        }
    }

    private Checkpoint() {}

    /** Writes model, optimiser and step to file atomically. */
    public static void save(Path file, Gpt model, AdamW optimizer, TrainConfig training, int step) throws IOException {
        save(file, model.parameters(), model.config, optimizer, training, step);
    }

    /** Writes named parameters (of a GPT with shape gpt, or of another model when gpt is null), optimiser and step. */
    public static void save(Path file, Map<String, Tensor> parameters, GptConfig gpt, AdamW optimizer,
                            TrainConfig training, int step) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            write(tmp, parameters, gpt, optimizer, training, step, "");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes a whole checkpoint to {@code tmp} and forces it to disk, for a caller that then moves it
     * into place ({@link RunFiles} moves it together with its tokenizer).
     */
    static void write(Path tmp, Gpt model, AdamW optimizer, TrainConfig training, int step, String tokenizerSha256)
            throws IOException {
        write(tmp, model.parameters(), model.config, optimizer, training, step, tokenizerSha256);
    }

    static void write(Path tmp, Map<String, Tensor> parameters, GptConfig gpt, AdamW optimizer, TrainConfig training,
                      int step, String tokenizerSha256) throws IOException {
        {
            CRC32C crc = new CRC32C();
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc))) {
                out.write(gpt == null ? MAGIC_OTHER : MAGIC);
                out.writeUTF(tokenizerSha256);
                if (gpt != null) {
                    GptConfig c = gpt;
                    out.writeInt(c.vocabSize()); out.writeInt(c.blockSize()); out.writeInt(c.nLayer());
                    out.writeInt(c.nHead()); out.writeInt(c.nEmbd()); out.writeFloat(c.dropout());
                }
                TrainConfig t = training;
                out.writeInt(t.iters()); out.writeInt(t.batchSize()); out.writeFloat(t.learningRate());
                out.writeFloat(t.minLearningRate()); out.writeInt(t.warmupIters()); out.writeFloat(t.weightDecay());
                out.writeFloat(t.beta1()); out.writeFloat(t.beta2()); out.writeFloat(t.gradClip());
                out.writeInt(t.evalInterval()); out.writeInt(t.evalIters()); out.writeInt(t.checkpointEvery());
                out.writeLong(t.seed());
                out.writeInt(step);
                out.writeInt(parameters.size());
                for (Map.Entry<String, Tensor> e : parameters.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().size());
                    writeFloats(out, e.getValue().host().data); // host(): also the moments a GPU keeps
                    writeFloats(out, optimizer.m.get(e.getKey()));
                    writeFloats(out, optimizer.v.get(e.getKey()));
                }
                out.flush();
                long sum = crc.getValue();
                raw.write(ByteBuffer.allocate(8).putLong(sum).array()); // the checksum itself is not summed
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
    }

    /** Reads a checkpoint, verifying its checksum; a damaged file gives an error saying what to do. */
    public static Contents load(Path file) throws IOException {
        if (!Files.exists(file)) throw new java.nio.file.NoSuchFileException(file.toString(), null,
                "no checkpoint there: train one first (./jielong train --out FOLDER), or name the run folder that holds ckpt.bin");
        long size = Files.size(file);
        CRC32C crc = new CRC32C();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            boolean v1 = java.util.Arrays.equals(magic, MAGIC_V1), other = java.util.Arrays.equals(magic, MAGIC_OTHER);
            if (!v1 && !other && !java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException("checkpoint " + file + " is not a Jielong checkpoint (wrong header); was it written by another program?");
            }
            String tokenizerSha256 = v1 ? "" : in.readUTF();
            GptConfig model = other ? null : new GptConfig(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readFloat());
            TrainConfig training = new TrainConfig(in.readInt(), in.readInt(), in.readFloat(), in.readFloat(), in.readInt(),
                    in.readFloat(), in.readFloat(), in.readFloat(), in.readFloat(), in.readInt(), in.readInt(), in.readInt(), in.readLong());
            int step = in.readInt();
            int count = in.readInt();
            Map<String, float[]> w = new LinkedHashMap<>(), m = new LinkedHashMap<>(), v = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int n = in.readInt();
                if (n < 0 || 12L * n > size) throw new EOFException();
                w.put(name, readFloats(in, n));
                m.put(name, readFloats(in, n));
                v.put(name, readFloats(in, n));
            }
            long expected = crc.getValue();
            byte[] tail = raw.readNBytes(8);
            if (tail.length < 8) throw new EOFException();
            if (ByteBuffer.wrap(tail).getLong() != expected || raw.read() != -1) {
                throw new IOException("checkpoint " + file + " is corrupt (checksum mismatch): delete it and resume from an earlier checkpoint, or train again");
            }
            return new Contents(model, training, step, w, m, v, tokenizerSha256);
        } catch (EOFException | java.io.UTFDataFormatException | IllegalArgumentException e) {
            throw new IOException("checkpoint " + file + " is truncated or corrupt (" + String.format("%,d", size)
                    + " bytes could not be read as a whole checkpoint): delete it and resume from an earlier checkpoint, or train again", e);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(a.length * 4);
        buf.asFloatBuffer().put(a);
        out.write(buf.array());
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n * 4);
        if (bytes.length < n * 4) throw new EOFException();
        float[] a = new float[n];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(a);
        return a;
    }
}
