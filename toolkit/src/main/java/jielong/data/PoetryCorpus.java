package jielong.data;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the three poetry datasets from the chinese-poetry package in one pass: the Tang and
 * Song poems of {@code dist/quantangshi/poet.{tang,song}.N.json}, read in that order (Tang first,
 * files by number), exact duplicate poems dropped, characters kept as published (traditional).
 */
public final class PoetryCorpus {
    /** Five-character quatrains, one poem of 24 characters per line. */
    public static final String QUATRAINS = "tang-quatrains";
    /** Every poem with text, one poem per line. */
    public static final String LARGE = "poetry-large";
    /** (title, first line) to author records, one JSON object per line. */
    public static final String FACTS = "poet-facts";

    private static final Pattern POEM_FILE =
            Pattern.compile("package/dist/quantangshi/poet\\.(tang|song)\\.(\\d+)\\.json");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Names that mean "author unknown"; such poems teach nothing about who wrote what. */
    private static final Set<String> ANONYMOUS = Set.of("佚名", "無名氏", "无名氏", "");

    private PoetryCorpus() {}

    /** Reads the package's poems, Tang before Song, each file's poems in file order. */
    public static List<Poem> readPoems(Path packageTgz) throws IOException {
        // Key "0-000000123" sorts Tang files before Song, and files by their number, whatever the archive order.
        Map<String, List<Poem>> byFile = new TreeMap<>();
        TarGz.forEachFile(packageTgz, (path, size, content) -> {
            Matcher m = POEM_FILE.matcher(path);
            if (!m.matches()) return;
            String dynasty = m.group(1);
            String key = (dynasty.equals("tang") ? "0-" : "1-") + String.format("%012d", Long.parseLong(m.group(2)));
            byFile.put(key, parse(dynasty, new JsonReader(new InputStreamReader(content, StandardCharsets.UTF_8))));
        });
        List<Poem> poems = new ArrayList<>();
        byFile.values().forEach(poems::addAll);
        return poems;
    }

    /**
     * Writes the three derived files into {@code folder} and returns them by dataset name.
     * The caller checks them against the manifest before installing them.
     */
    public static Map<String, Path> derive(Path packageTgz, Path folder) throws IOException {
        List<Poem> poems = unique(readPoems(packageTgz));
        Files.createDirectories(folder);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(QUATRAINS, folder.resolve(QUATRAINS + ".txt"));
        files.put(LARGE, folder.resolve(LARGE + ".txt"));
        files.put(FACTS, folder.resolve(FACTS + ".jsonl"));
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        Set<String> factKeys = new HashSet<>();
        try (Writer quatrains = writer(files.get(QUATRAINS));
             Writer large = writer(files.get(LARGE));
             Writer facts = writer(files.get(FACTS))) {
            for (Poem poem : poems) {
                String text = poem.text();
                large.write(text + "\n");
                if (Quatrains.isFiveCharacterQuatrain(text)) quatrains.write(text + "\n");
                boolean usable = !poem.title().isEmpty() && !ANONYMOUS.contains(poem.author());
                // The same title and first line under two authors would be a contradiction; the first wins.
                if (usable && factKeys.add(poem.title() + "\u0000" + poem.firstLine())) {
                    PoetFact fact = new PoetFact(poem.title(), poem.firstLine(), poem.author(), poem.dynasty());
                    facts.write(gson.toJson(fact) + "\n");
                }
            }
        }
        return files;
    }

    /** Drops poems with no text and every repeat of a text already seen (the package has ~1,900). */
    static List<Poem> unique(List<Poem> poems) {
        Set<String> seen = new HashSet<>();
        List<Poem> kept = new ArrayList<>();
        for (Poem poem : poems) {
            if (!poem.text().isEmpty() && seen.add(poem.text())) kept.add(poem);
        }
        return kept;
    }

    private static List<Poem> parse(String dynasty, JsonReader json) throws IOException {
        List<Poem> poems = new ArrayList<>();
        json.beginArray();
        while (json.hasNext()) {
            String author = "", title = "";
            List<String> paragraphs = new ArrayList<>();
            json.beginObject();
            while (json.hasNext()) {
                String field = json.nextName();
                if (json.peek() == JsonToken.NULL) {
                    json.skipValue();
                } else if (field.equals("author")) {
                    author = tidy(json.nextString());
                } else if (field.equals("title")) {
                    title = tidy(json.nextString());
                } else if (field.equals("paragraphs")) {
                    json.beginArray();
                    while (json.hasNext()) {
                        String line = tidy(json.nextString());
                        if (!line.isEmpty()) paragraphs.add(line);
                    }
                    json.endArray();
                } else {
                    json.skipValue(); // id, tags, notes
                }
            }
            json.endObject();
            poems.add(new Poem(dynasty, author, title, List.copyOf(paragraphs)));
        }
        json.endArray();
        return poems;
    }

    /** A few titles hold tabs or doubled spaces; one space keeps lines and TSV-minded tools sane. */
    private static String tidy(String s) {
        return WHITESPACE.matcher(s.strip()).replaceAll(" ");
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
