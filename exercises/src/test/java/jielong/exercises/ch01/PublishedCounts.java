package jielong.exercises.ch01;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jielong.model.GptConfig;

/** The fixture fixtures/ch01/published-counts.tsv: published parameter counts by preset name. */
final class PublishedCounts {
    private PublishedCounts() {}

    record Count(GptConfig config, long parameters, boolean exact) {}

    static Map<String, Count> read() {
        Map<String, Count> counts = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PublishedCounts.class.getResourceAsStream("/fixtures/ch01/published-counts.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                counts.put(f[0], new Count(preset(f[0]), Long.parseLong(f[1]), f[2].equals("yes")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static GptConfig preset(String name) {
        switch (name) {
            case "gpt2": return GptConfig.gpt2();
            case "gpt2Medium": return GptConfig.gpt2Medium();
            case "gpt2Large": return GptConfig.gpt2Large();
            case "gpt2Xl": return GptConfig.gpt2Xl();
            case "gpt3": return GptConfig.gpt3();
            default: throw new IllegalArgumentException("unknown preset " + name + " in the fixture");
        }
    }
}
