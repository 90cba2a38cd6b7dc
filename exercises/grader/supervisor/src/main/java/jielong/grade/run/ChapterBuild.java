package jielong.grade.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One chapter, compiled apart from the others and ready to send to the grading JVM: the graded code's classes,
 * the graded and hidden tests' classes, and the fixtures. When the graded code does not compile (or
 * the tests do not compile against it), {@code problem} says why in the compiler's words and the
 * chapter's tests are only counted, never run: each scores 0 with that message.
 *
 * @param chapter   {@code ch03}
 * @param problem   null, or "ch03 does not compile: AttentionByHand.java line 12: ';' expected"
 * @param learner   class bytes of the graded code (the learner's, or the reference solutions with --solutions)
 * @param tests     class bytes of the tests
 * @param resources fixture files by resource name ({@code fixtures/ch01/published-counts.tsv})
 */
public record ChapterBuild(String chapter, String problem, Map<String, byte[]> learner, Map<String, byte[]> tests,
                           Map<String, byte[]> resources) {

    public boolean runnable() {
        return problem == null;
    }

    /**
     * Compiles every chapter the selection names. All chapters go to the compiler together (once for
     * the graded code, once more with the tests); a chapter the compiler finds errors in is set aside
     * with them and the rest compiled again, so one chapter's errors never cost another chapter.
     */
    public static List<ChapterBuild> prepare(GradingSettings s) throws IOException {
        String pkg = s.testPackage().replace('.', '/');
        Set<String> found = new TreeSet<>(folders(s.testSources().resolve(pkg)));
        if (s.hidden() != null) found.addAll(folders(s.hidden().resolve(pkg)));
        String wanted = s.selection().equals("all") ? null : s.selection().split("\\.")[0];
        List<String> chapters = found.stream().filter(c -> wanted == null || wanted.equals(c)).toList();
        List<Path> classpath = new ArrayList<>(s.library());
        classpath.addAll(s.modulePath());

        Map<String, List<Path>> code = new TreeMap<>(), tests = new TreeMap<>(), reference = new TreeMap<>();
        Map<String, String> problems = new TreeMap<>();
        for (String chapter : chapters) {
            String folder = pkg + "/" + chapter;
            code.put(chapter, javaFiles(s.graded().resolve(folder)));
            List<Path> t = javaFiles(s.testSources().resolve(folder));
            if (s.hidden() != null) t.addAll(javaFiles(s.hidden().resolve(folder)));
            tests.put(chapter, t);
            reference.put(chapter, javaFiles(s.solutionSources().resolve(folder)));
            if (code.get(chapter).isEmpty()) problems.put(chapter, chapter + " has no code to grade in " + s.graded().resolve(folder));
        }
        List<ChapterBuild> builds = new ArrayList<>();
        try (ChapterCompiler.Session javac = new ChapterCompiler.Session(classpath)) {
            Set<String> good = new TreeSet<>(chapters);
            good.removeAll(problems.keySet());
            for (String chapter : new ArrayList<>(good)) {
                String clash = clash(code.get(chapter), tests.get(chapter), chapter);
                if (clash != null) {
                    problems.put(chapter, clash);
                    good.remove(chapter);
                }
            }
            // Most often everything compiles: one run of the compiler, the classes told apart by their source.
            Map<String, byte[]> learner, both;
            ChapterCompiler.Result first = javac.compile(good.stream().flatMap(c -> concat(code.get(c), tests.get(c)).stream()).toList());
            if (first.ok()) {
                Set<Path> learnerFiles = new HashSet<>();
                for (String c : good) for (Path f : code.get(c)) learnerFiles.add(f.toAbsolutePath().normalize());
                both = first.classes();
                learner = new TreeMap<>(both);
                learner.keySet().removeIf(name -> !learnerFiles.contains(first.sources().getOrDefault(name, Path.of("")).toAbsolutePath().normalize()));
            } else {
                learner = together(javac, good, code, problems, c -> c + " does not compile: ");
                both = together(javac, good, union(code, tests), problems,
                        c -> "the graded tests of " + c + " do not compile against your code: ");
            }

            // Count the tests of the chapters that cannot run: compile them against the reference solutions, in memory.
            Set<String> counted = new TreeSet<>(problems.keySet());
            counted.removeIf(c -> reference.get(c).isEmpty());
            Map<String, String> ignored = new TreeMap<>();
            Map<String, byte[]> solutions = together(javac, counted, reference, ignored, c -> "");
            Map<String, byte[]> countedTests = together(javac, counted, union(reference, tests), ignored, c -> "");

            String prefix = s.testPackage() + ".";
            for (String chapter : chapters) {
                Map<String, byte[]> resources = resources(s.fixtures(), "fixtures/" + chapter);
                if (good.contains(chapter)) {
                    Map<String, byte[]> mine = of(learner, prefix, chapter);
                    builds.add(new ChapterBuild(chapter, null, mine, minus(of(both, prefix, chapter), mine), resources));
                } else {
                    Map<String, byte[]> testClasses = counted.contains(chapter)
                            ? minus(of(countedTests, prefix, chapter), of(solutions, prefix, chapter)) : Map.of();
                    builds.add(new ChapterBuild(chapter, problems.get(chapter), Map.of(), testClasses, Map.of()));
                }
            }
        }
        return builds;
    }

    /**
     * Compiles the chapters' files in one go. A chapter with errors gets them as its problem and is
     * removed from {@code chapters}; the rest are compiled again until they compile.
     */
    private static Map<String, byte[]> together(ChapterCompiler.Session javac, Set<String> chapters, Map<String, List<Path>> files,
                                                Map<String, String> problems, Function<String, String> prefix) {
        while (!chapters.isEmpty()) {
            List<Path> all = new ArrayList<>();
            Map<Path, String> owner = new HashMap<>();
            for (String c : chapters) {
                for (Path f : files.get(c)) {
                    all.add(f);
                    owner.put(f.toAbsolutePath().normalize(), c);
                }
            }
            ChapterCompiler.Result r = javac.compile(all);
            if (r.ok()) return r.classes();
            Map<String, List<String>> errors = new TreeMap<>();
            r.errors().forEach((file, list) -> {
                String c = owner.get(file.toAbsolutePath().normalize());
                if (c != null) errors.computeIfAbsent(c, k -> new ArrayList<>()).addAll(list);
            });
            if (errors.isEmpty()) { // nothing to blame on one chapter: every chapter shares the failure
                for (String c : chapters) problems.put(c, prefix.apply(c) + (r.general() == null ? "the compiler failed" : r.general()));
                chapters.clear();
            }
            errors.forEach((c, list) -> {
                problems.put(c, prefix.apply(c) + ChapterCompiler.describe(list));
                chapters.remove(c);
            });
        }
        return Map.of();
    }

    /** The classes of one chapter: its package and any below it. */
    private static Map<String, byte[]> of(Map<String, byte[]> classes, String prefix, String chapter) {
        Map<String, byte[]> mine = new TreeMap<>();
        classes.forEach((name, bytes) -> {
            if (name.startsWith(prefix + chapter + ".")) mine.put(name, bytes);
        });
        return mine;
    }

    private static Map<String, List<Path>> union(Map<String, List<Path>> a, Map<String, List<Path>> b) {
        Map<String, List<Path>> all = new TreeMap<>();
        a.forEach((c, files) -> all.put(c, concat(files, b.getOrDefault(c, List.of()))));
        return all;
    }

    /** A learner's file named like a graded test's would stand in for it. */
    private static String clash(List<Path> code, List<Path> tests, String chapter) {
        Set<String> testNames = new TreeSet<>();
        for (Path t : tests) testNames.add(t.getFileName().toString());
        for (Path c : code) {
            if (testNames.contains(c.getFileName().toString())) {
                return chapter + " does not compile: " + c.getFileName() + " has the name of a graded test's file; rename it";
            }
        }
        return null;
    }

    private static Map<String, byte[]> minus(Map<String, byte[]> all, Map<String, byte[]> drop) {
        Map<String, byte[]> rest = new TreeMap<>(all);
        rest.keySet().removeAll(drop.keySet());
        return rest;
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> folders(Path dir) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(dir)) return names;
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
        }
    }

    private static Map<String, byte[]> resources(Path root, String folder) throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return found;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    found.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return found;
    }
}
