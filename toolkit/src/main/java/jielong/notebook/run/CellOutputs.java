package jielong.notebook.run;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.OutputSink;
import jielong.notebook.eval.CellError;

/**
 * Collects what a cell sends as nbformat 4 output objects. An update to a display id rewrites the
 * output that id showed, wherever it is in the notebook, so a progress bar is stored once, finished.
 * Printed text is kept in a growing buffer (linear time however much a cell prints) and only the
 * first {@link #STREAM_LIMIT} characters per cell; past that a note says how much was left out,
 * as Jupyter's front ends do.
 */
final class CellOutputs implements OutputSink {

    /** The most printed characters one cell keeps (about 1 MB of text). */
    static final int STREAM_LIMIT = 1_000_000;

    private static final Gson GSON = new Gson();

    private final JsonArray outputs = new JsonArray();
    private final Map<String, List<JsonObject>> byDisplayId; // shared by all cells of one run
    private final int streamLimit;
    private JsonObject openStream; // the last output, while it is a stream that text is appended to
    private final StringBuilder openText = new StringBuilder();
    private long streamChars;
    private long dropped;

    CellOutputs(Map<String, List<JsonObject>> byDisplayId) {
        this(byDisplayId, STREAM_LIMIT);
    }

    CellOutputs(Map<String, List<JsonObject>> byDisplayId, int streamLimit) {
        this.byDisplayId = byDisplayId;
        this.streamLimit = streamLimit;
    }

    /** A collector whose display ids are its own, for a single cell. */
    CellOutputs() {
        this(new HashMap<>());
    }

    /** The outputs so far, printed text and the note on what was left out included. */
    synchronized JsonArray outputs() {
        closeStream();
        if (dropped > 0) {
            JsonObject note = new JsonObject();
            note.addProperty("output_type", "stream");
            note.addProperty("name", "stderr");
            note.addProperty("text", String.format("[output truncated: %,d more characters not shown; a cell keeps "
                    + "the first %,d. Print less, or write it to a file]%n", dropped, streamLimit));
            outputs.add(note);
            dropped = 0;
        }
        return outputs;
    }

    @Override
    public synchronized void stream(String name, String text) {
        long room = streamLimit - streamChars;
        if (text.length() > room) {
            dropped += text.length() - Math.max(0, room);
            if (room <= 0) {
                return;
            }
            text = text.substring(0, (int) room);
        }
        streamChars += text.length();
        if (openStream == null || !openStream.get("name").getAsString().equals(name)) {
            closeStream();
            openStream = new JsonObject();
            openStream.addProperty("output_type", "stream");
            openStream.addProperty("name", name);
            outputs.add(openStream);
        }
        openText.append(text);
    }

    /** Stores the buffered text of the open stream output. */
    private void closeStream() {
        if (openStream != null) {
            openStream.addProperty("text", openText.toString());
            openStream = null;
            openText.setLength(0);
        }
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        closeStream();
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "display_data");
        fill(output, bundle);
        outputs.add(output);
        if (displayId != null) {
            byDisplayId.computeIfAbsent(displayId, id -> new ArrayList<>()).add(output);
        }
    }

    @Override
    public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        for (JsonObject output : byDisplayId.getOrDefault(displayId, List.of())) {
            fill(output, bundle);
        }
    }

    /** The value of the cell's last expression. */
    synchronized void result(MimeBundle bundle, int executionCount) {
        closeStream();
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "execute_result");
        output.addProperty("execution_count", executionCount);
        fill(output, bundle);
        outputs.add(output);
    }

    synchronized void error(CellError error) {
        closeStream();
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "error");
        output.addProperty("ename", error.name());
        output.addProperty("evalue", error.message());
        JsonArray traceback = new JsonArray();
        error.traceback().forEach(traceback::add);
        output.add("traceback", traceback);
        outputs.add(output);
    }

    private static void fill(JsonObject output, MimeBundle bundle) {
        JsonObject data = new JsonObject();
        bundle.data().forEach(data::addProperty);
        JsonObject metadata = new JsonObject();
        bundle.metadata().forEach((mime, entries) -> {
            JsonObject forMime = new JsonObject();
            entries.forEach((key, value) -> forMime.add(key, GSON.toJsonTree(value)));
            metadata.add(mime, forMime);
        });
        output.add("data", data);
        output.add("metadata", metadata);
    }
}
