package jielong.notebook.run;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook file (nbformat 4) as JSON. We edit the JSON in place, changing only outputs and
 * execution counts, so every field we do not know about survives a run untouched.
 */
public final class NotebookFile {

    // Jupyter writes one-space indents and leaves '<' and '&' alone; so do we, to keep diffs small.
    private static final Gson GSON = new GsonBuilder()
            .setFormattingStyle(FormattingStyle.PRETTY.withIndent(" "))
            .disableHtmlEscaping()
            .create();

    private final JsonObject json;

    private NotebookFile(JsonObject json) {
        this.json = json;
    }

    /** Reads a notebook; fails with a clear message if the file is not nbformat 4. */
    public static NotebookFile read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such notebook");
        }
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a folder, not a notebook (.ipynb file)");
        }
        String text;
        try {
            text = Files.readString(path);
        } catch (CharacterCodingException e) {
            throw new IOException(path + " is not a notebook: it is not UTF-8 text (a .ipynb file is JSON that Jupyter writes)");
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IOException(path + " is not a notebook: it is not JSON (a .ipynb file is JSON that Jupyter writes; "
                    + "open it in Jupyter and save it again)");
        }
        if (!parsed.isJsonObject()) {
            throw new IOException(path + " is not a notebook: a .ipynb file is a JSON object with cells, as Jupyter writes it");
        }
        JsonObject json = parsed.getAsJsonObject();
        JsonElement format = json.get("nbformat");
        if (format == null || !format.isJsonPrimitive() || !format.getAsJsonPrimitive().isNumber()) {
            throw new IOException(path + " is not a notebook: it has no nbformat number (a .ipynb file from Jupyter has one)");
        }
        if (format.getAsInt() != 4) {
            throw new IOException(path + " is nbformat " + format.getAsInt() + "; this runner reads nbformat 4: convert it with "
                    + "jupyter nbconvert --to notebook --nbformat 4 " + path);
        }
        if (!json.has("cells") || !json.get("cells").isJsonArray()) {
            throw new IOException(path + " is not a notebook: it has no list of cells");
        }
        for (JsonElement cell : json.getAsJsonArray("cells")) {
            if (!cell.isJsonObject() || !cell.getAsJsonObject().has("cell_type")) {
                throw new IOException(path + " is not a valid notebook: a cell without a cell_type");
            }
        }
        return new NotebookFile(json);
    }

    /** Parses a notebook from its JSON text. */
    public static NotebookFile parse(String text) {
        return new NotebookFile(JsonParser.parseString(text).getAsJsonObject());
    }

    /** Writes the notebook, creating folders as needed. */
    public void write(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, GSON.toJson(json) + "\n");
    }

    /** The cells in order; editing one edits the notebook. */
    public List<JsonObject> cells() {
        List<JsonObject> cells = new ArrayList<>();
        json.getAsJsonArray("cells").forEach(c -> cells.add(c.getAsJsonObject()));
        return cells;
    }

    public JsonObject json() {
        return json;
    }

    /** A cell's type: {@code code}, {@code markdown} or {@code raw}. */
    public static String type(JsonObject cell) {
        return cell.get("cell_type").getAsString();
    }

    /** A cell's source, which nbformat allows as one string or a list of lines. */
    public static String source(JsonObject cell) {
        return text(cell.get("source"));
    }

    /** Joins nbformat's "multiline string": a string, or a list of strings to concatenate. */
    public static String text(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "";
        }
        if (value.isJsonArray()) {
            StringBuilder text = new StringBuilder();
            value.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
            return text.toString();
        }
        return value.getAsString();
    }

    /** The cell's tags from its metadata, e.g. {@code raises-exception}. */
    public static List<String> tags(JsonObject cell) {
        List<String> tags = new ArrayList<>();
        JsonObject metadata = cell.getAsJsonObject("metadata");
        if (metadata != null && metadata.has("tags")) {
            metadata.getAsJsonArray("tags").forEach(t -> tags.add(t.getAsString()));
        }
        return tags;
    }

    /** Replaces a code cell's outputs and execution count. */
    public static void setOutputs(JsonObject cell, JsonArray outputs, Integer executionCount) {
        cell.add("outputs", outputs);
        if (executionCount == null) {
            cell.add("execution_count", JsonNull.INSTANCE);
        } else {
            cell.addProperty("execution_count", executionCount);
        }
    }
}
