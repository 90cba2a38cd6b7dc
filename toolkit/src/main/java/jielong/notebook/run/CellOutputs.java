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
 */
final class CellOutputs implements OutputSink {

    private static final Gson GSON = new Gson();

    private final JsonArray outputs = new JsonArray();
    private final Map<String, List<JsonObject>> byDisplayId; // shared by all cells of one run

    CellOutputs(Map<String, List<JsonObject>> byDisplayId) {
        this.byDisplayId = byDisplayId;
    }

    /** A collector whose display ids are its own, for a single cell. */
    CellOutputs() {
        this(new HashMap<>());
    }

    JsonArray outputs() {
        return outputs;
    }

    @Override
    public synchronized void stream(String name, String text) {
        int last = outputs.size() - 1;
        if (last >= 0) {
            JsonObject previous = outputs.get(last).getAsJsonObject();
            if (previous.get("output_type").getAsString().equals("stream")
                    && previous.get("name").getAsString().equals(name)) {
                previous.addProperty("text", previous.get("text").getAsString() + text);
                return;
            }
        }
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "stream");
        output.addProperty("name", name);
        output.addProperty("text", text);
        outputs.add(output);
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
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
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "execute_result");
        output.addProperty("execution_count", executionCount);
        fill(output, bundle);
        outputs.add(output);
    }

    synchronized void error(CellError error) {
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
