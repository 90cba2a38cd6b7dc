package jielong.train;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A trained model that the course ships in the checkout, so that a lesson about using a model can
 * start from one without training it first (the way a course hands out pretrained weights). It is a
 * run folder like any other ({@code ckpt.bin}, {@code tokenizer.txt}, and the recipe that made it),
 * with {@code model.json} beside them: what the model is for, how it was made, and every file's
 * SHA-256. {@link #load} checks those before reading a byte, so the model a learner loads is the one
 * the lessons' committed figures came from, or a message says what to do.
 */
public record ShippedModel(Path folder, Description description) {
    /** The description file inside the folder. */
    public static final String FILE = "model.json";
    /** The files a shipped model consists of, besides {@value #FILE}. */
    public static final String[] PARTS = {"ckpt.bin", "tokenizer.txt", "recipe.txt"};

    /**
     * What {@code model.json} holds: the model's name, what it is for, how it was trained (by which
     * code, steps, time, machine), how to make it again, its licence, and each part's SHA-256 (hex).
     */
    public record Description(String name, String purpose, String trained, String remake, String licence,
                              Map<String, String> sha256) {}

    /** Thrown when the folder is missing, incomplete or does not match its description. */
    public static final class Damaged extends IOException {
        Damaged(String message) {
            super(message);
        }
    }

    /** The shipped model in {@code folder}: reads its description (not yet the model). */
    public static ShippedModel open(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new Damaged(folder + " holds no " + FILE + ": restore the folder with `git checkout -- " + folder
                    + "`, or run the lesson in full mode, which trains its own model");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Description d = new Gson().fromJson(in, Description.class);
            if (d == null || d.name() == null || d.sha256() == null) throw new JsonParseException("no name or sha256");
            return new ShippedModel(folder, d);
        } catch (JsonParseException e) {
            throw new Damaged(file + " cannot be read (" + e.getMessage() + "): restore it with `git checkout -- " + file + "`");
        }
    }

    /**
     * The checkpoint, after every part has been checked against its SHA-256 (and the checkpoint
     * against its own checksum and its tokenizer by {@link RunFiles#load}).
     */
    public Checkpoint.Contents load() throws IOException {
        for (String part : PARTS) {
            Path p = folder.resolve(part);
            String expected = description.sha256().get(part);
            if (expected == null) throw new Damaged(folder.resolve(FILE) + " gives no SHA-256 for " + part + ": restore the folder with `git checkout -- " + folder + "`");
            if (!Files.isRegularFile(p)) throw new Damaged(p + " is missing: restore it with `git checkout -- " + folder + "`, or run the lesson in full mode, which trains its own model");
            String actual = RunFiles.sha256(p);
            if (!actual.equals(expected)) {
                throw new Damaged(p + " is not the file shipped with the course (SHA-256 " + actual.substring(0, 12) + "..., expected "
                        + expected.substring(0, 12) + "...): restore it with `git checkout -- " + folder + "`, or run the lesson in full mode, which trains its own model");
            }
        }
        return RunFiles.at(folder).load();
    }

    /** The recipe the model was made with, as written beside its checkpoint. */
    public String recipe() throws IOException {
        return Files.readString(folder.resolve("recipe.txt"), StandardCharsets.UTF_8);
    }

    /**
     * Copies a finished run folder ({@code ckpt.bin}, {@code tokenizer.txt}, {@code recipe.txt}) to
     * {@code target} and writes its description with the files' SHA-256: how a model is shipped, or
     * shipped again after its recipe changed.
     */
    public static ShippedModel ship(Path run, Path target, String name, String purpose, String trained, String remake) throws IOException {
        Files.createDirectories(target);
        Map<String, String> sums = new LinkedHashMap<>();
        for (String part : PARTS) {
            Path from = run.resolve(part);
            if (!Files.isRegularFile(from)) throw new NoSuchFileException(from.toString(), null, "a run folder to ship needs " + String.join(", ", PARTS));
            Files.copy(from, target.resolve(part), StandardCopyOption.REPLACE_EXISTING);
            sums.put(part, RunFiles.sha256(target.resolve(part)));
        }
        Description d = new Description(name, purpose, trained, remake, "MIT, like the rest of this repository: trained by the course's own code on its generated data", sums);
        Files.writeString(target.resolve(FILE), new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(d) + "\n", StandardCharsets.UTF_8);
        ShippedModel shipped = open(target);
        shipped.load(); // what was written must read back
        return shipped;
    }
}
