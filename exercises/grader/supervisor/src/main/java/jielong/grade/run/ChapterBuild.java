package jielong.grade.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One chapter, compiled on its own and ready to send to the grading JVM: the graded code's classes,
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

    /** Compiles every chapter the selection names, each on its own. */
    public static List<ChapterBuild> prepare(GradingSettings s) throws IOException {
        String pkg = s.testPackage().replace('.', '/');
        Set<String> chapters = new TreeSet<>(folders(s.testSources().resolve(pkg)));
        if (s.hidden() != null) chapters.addAll(folders(s.hidden().resolve(pkg)));
        String wanted = s.selection().equals("all") ? null : s.selection().split("\\.")[0];
        List<Path> classpath = new ArrayList<>(s.library());
        classpath.addAll(s.modulePath());
        List<ChapterBuild> builds = new ArrayList<>();
        for (String chapter : chapters) {
            if (wanted == null || wanted.equals(chapter)) builds.add(build(s, pkg + "/" + chapter, chapter, classpath));
        }
        return builds;
    }

    private static ChapterBuild build(GradingSettings s, String folder, String chapter, List<Path> classpath) throws IOException {
        List<Path> code = javaFiles(s.graded().resolve(folder));
        List<Path> tests = javaFiles(s.testSources().resolve(folder));
        if (s.hidden() != null) tests.addAll(javaFiles(s.hidden().resolve(folder)));
        Map<String, byte[]> resources = resources(s.fixtures(), "fixtures/" + chapter);

        String problem;
        ChapterCompiler.Result learner = null;
        if (code.isEmpty()) {
            problem = chapter + " has no code to grade in " + s.graded().resolve(folder);
        } else {
            learner = ChapterCompiler.compile(code, classpath);
            problem = learner.ok() ? clash(code, tests, chapter) : chapter + " does not compile: " + learner.errors();
        }
        if (problem == null) {
            ChapterCompiler.Result both = ChapterCompiler.compile(concat(code, tests), classpath);
            if (both.ok()) return new ChapterBuild(chapter, null, learner.classes(), minus(both.classes(), learner.classes()), resources);
            problem = "the graded tests of " + chapter + " do not compile against your code: " + both.errors();
        }
        // Count the tests without running them: compile them against the reference solutions, in memory.
        List<Path> reference = javaFiles(s.solutionSources().resolve(folder));
        ChapterCompiler.Result solutions = reference.isEmpty() ? null : ChapterCompiler.compile(reference, classpath);
        ChapterCompiler.Result counted = solutions == null || !solutions.ok() ? null : ChapterCompiler.compile(concat(reference, tests), classpath);
        Map<String, byte[]> testClasses = counted == null || !counted.ok() ? Map.of() : minus(counted.classes(), solutions.classes());
        return new ChapterBuild(chapter, problem, Map.of(), testClasses, Map.of());
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
