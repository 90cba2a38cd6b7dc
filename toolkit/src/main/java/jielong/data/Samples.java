package jielong.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The few-kilobyte samples of the generated datasets committed under {@code datasets/samples/},
 * so readers can see the data on the web. A test checks they still match the generators;
 * {@code main} rewrites them after a deliberate change.
 */
public final class Samples {
    /** Roughly how large one sample may be. */
    public static final int MAX_BYTES = 3_000;
    private static final int PER_TYPE = 4;

    private Samples() {}

    /** The sample of a generated dataset: its first lines, or for the fact world a few of each type. */
    public static String of(Source source) {
        return of(source, Generators.lines(source));
    }

    /** The sample taken from lines already generated for {@code source}. */
    static String of(Source source, List<String> lines) {
        StringBuilder sample = new StringBuilder();
        Map<String, Integer> perType = new HashMap<>();
        for (String line : lines) {
            if (source.generator().equals("fact-world")) {
                String type = line.substring(0, line.indexOf(',')); // {"type":"person"
                if (perType.merge(type, 1, Integer::sum) > PER_TYPE) continue;
            } else if (sample.length() + line.length() > MAX_BYTES / 2) { // Chinese text takes ~3 bytes a char
                break;
            }
            sample.append(line).append('\n');
        }
        return sample.toString();
    }

    /** Rewrites every sample from the checkout's manifest: {@code java jielong.data.Samples}. */
    public static void main(String[] args) throws IOException {
        Path root = Locations.checkout();
        Manifest manifest = Manifest.read(root.resolve(Manifest.RELATIVE_PATH));
        for (DatasetEntry entry : manifest.datasets()) {
            if (entry.source().isPackage()) continue; // third-party text is never committed
            Path file = root.resolve("datasets/samples").resolve(entry.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, of(entry.source()), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }
}
