package jielong.data;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The catalogue in {@code datasets/manifest.json}: every dataset the course uses, in order. */
public record Manifest(List<DatasetEntry> datasets) {
    /** Where the manifest lives, relative to the checkout's root. */
    public static final String RELATIVE_PATH = "datasets/manifest.json";

    /** Reads a manifest file. */
    public static Manifest read(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            Manifest manifest = new Gson().fromJson(in, Manifest.class);
            if (manifest == null || manifest.datasets() == null) {
                throw new DatasetException(file + " has no \"datasets\" list");
            }
            return manifest;
        } catch (IOException | JsonParseException e) {
            throw new DatasetException("Cannot read the dataset manifest " + file + ": " + e.getMessage(), e);
        }
    }

    /** The entry called {@code name}; the error lists the names that do exist. */
    public DatasetEntry entry(String name) {
        return datasets.stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new DatasetException("No dataset called '" + name + "'. Known datasets: "
                        + datasets.stream().map(DatasetEntry::name).collect(Collectors.joining(", "))));
    }
}
