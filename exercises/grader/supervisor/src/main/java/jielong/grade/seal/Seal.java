package jielong.grade.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tamper protection. {@code exercises/graded.sha256} lists a checksum for every file that decides a
 * grade: the grader (both its modules), the graded and hidden tests with their adapters, and the fixtures. It is in
 * {@code sha256sum} format, so {@code sha256sum -c graded.sha256} checks it too. A chapter whose files
 * do not match is reported and its results are not trusted; a modified grader distrusts everything.
 *
 * <p>The stubs are listed as well, not to be trusted but so the honesty check knows whether it is
 * looking at untouched stubs. Teachers who change tests run {@code ./jielong grade --seal}. A learner
 * could edit the manifest too, so every report carries its fingerprint: a teacher compares that with
 * the fingerprint of the course's own copy.
 */
public final class Seal {
    /** The manifest, in the exercises folder. */
    public static final String MANIFEST = "graded.sha256";
    /** Folders whose files decide grades. */
    static final String[] GRADED = {"grader/runtime/src/main", "grader/supervisor/src/main", "src/test/java/jielong/exercises",
            "src/test/resources/fixtures", "src/hidden/java"};
    /** The learner's copy as handed out. */
    static final String STUBS = "src/main/java/jielong/exercises";
    /** What a learner's copy may lack: teachers keep hidden tests back. */
    static final String MAY_BE_ABSENT = "src/hidden/";
    /** The chapter name for the grader's own files: when they change, no chapter is trusted. */
    public static final String EVERY_CHAPTER = "*";

    private Seal() {}

    /** Writes the manifest from the files as they are now. */
    public static void write(Path exercises) throws IOException {
        StringBuilder text = new StringBuilder();
        Map<String, String> all = new TreeMap<>(Checksums.of(exercises, GRADED));
        all.putAll(Checksums.of(exercises, STUBS));
        all.forEach((path, sum) -> text.append(sum).append("  ").append(path).append('\n'));
        Files.writeString(exercises.resolve(MANIFEST), text, StandardCharsets.UTF_8);
    }

    /** Compares the graded files with the manifest. */
    public static TamperReport check(Path exercises) throws IOException {
        Path manifestFile = exercises.resolve(MANIFEST);
        if (!Files.exists(manifestFile)) {
            return new TamperReport(List.of(MANIFEST + " is missing, so no graded test can be checked"),
                    Set.of(EVERY_CHAPTER), "none");
        }
        Map<String, String> sealed = read(manifestFile);
        Map<String, String> now = Checksums.of(exercises, GRADED);
        List<String> problems = new ArrayList<>();
        Set<String> chapters = new TreeSet<>();
        for (Map.Entry<String, String> e : sealed.entrySet()) {
            String path = e.getKey();
            if (path.startsWith(STUBS + "/")) continue;
            if (!now.containsKey(path)) {
                if (path.startsWith(MAY_BE_ABSENT)) continue;
                problems.add(path + " is missing");
            } else if (!now.get(path).equals(e.getValue())) {
                problems.add(path + " was modified");
            } else {
                continue;
            }
            chapters.add(chapterOf(path));
        }
        for (String path : now.keySet()) {
            if (!sealed.containsKey(path)) {
                problems.add(path + " is not in " + MANIFEST);
                chapters.add(chapterOf(path));
            }
        }
        return new TamperReport(problems, chapters, fingerprint(manifestFile));
    }

    /** Chapters whose stubs are exactly as handed out (the honesty check grades only those as stubs). */
    public static Set<String> untouchedStubChapters(Path exercises) throws IOException {
        Map<String, String> sealed = read(exercises.resolve(MANIFEST));
        Map<String, String> now = Checksums.of(exercises, STUBS);
        Set<String> paths = new TreeSet<>(now.keySet());
        for (String path : sealed.keySet()) if (path.startsWith(STUBS + "/")) paths.add(path);
        Set<String> chapters = new TreeSet<>(), changed = new TreeSet<>();
        for (String path : paths) {
            chapters.add(chapterOf(path));
            if (!Objects.equals(now.get(path), sealed.get(path))) changed.add(chapterOf(path));
        }
        chapters.removeAll(changed);
        return chapters;
    }

    /** The fingerprint of a whole sealed suite: the checksum of its manifest. */
    static String fingerprint(Path manifestFile) throws IOException {
        return Checksums.of(manifestFile).substring(0, 16);
    }

    /** The chapter a file belongs to: the folder after jielong/exercises/ or fixtures/, else every chapter. */
    static String chapterOf(String path) {
        for (String marker : new String[] {"jielong/exercises/", "fixtures/"}) {
            int at = path.indexOf(marker);
            if (at < 0) continue;
            String rest = path.substring(at + marker.length());
            int slash = rest.indexOf('/');
            if (slash > 0) return rest.substring(0, slash);
        }
        return EVERY_CHAPTER;
    }

    private static Map<String, String> read(Path manifestFile) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifestFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            int gap = line.indexOf("  ");
            sums.put(line.substring(gap + 2).trim(), line.substring(0, gap));
        }
        return sums;
    }
}
