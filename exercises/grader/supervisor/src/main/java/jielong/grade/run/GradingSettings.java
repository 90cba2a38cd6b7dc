package jielong.grade.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What to grade and under which limits.
 *
 * @param exercises   the course's exercises folder: graded tests, fixtures, solutions, the seal, the grader
 * @param learner     the learner's sources (a folder holding {@code jielong/exercises/chNN/...})
 * @param hidden      the hidden tests' sources, or null for none
 * @param selection   {@code all}, a chapter such as {@code ch03}, or an exercise such as {@code ch03.2}
 * @param solutions   grade the reference solutions instead of the learner's copy
 * @param testPackage the package whose tests are graded ({@code jielong.exercises}; the grader's own tests use another)
 * @param timeLimit   the most one test may run before the grading JVM is stopped
 * @param heapMb      the grading JVM's heap: a huge allocation ends the JVM, not the machine
 */
public record GradingSettings(Path exercises, Path learner, Path hidden, String selection, boolean solutions,
                              String testPackage, Duration timeLimit, int heapMb) {

    /** The course's own copy: the learner's stubs and hidden tests in it, ten seconds a test, 512 MB of heap. */
    public static GradingSettings of(Path exercises, String selection, boolean solutions) {
        Path e = exercises.toAbsolutePath().normalize();
        return new GradingSettings(e, e.resolve("src/main/java"), e.resolve("src/hidden/java"), selection, solutions,
                "jielong.exercises", Duration.ofSeconds(10), 512);
    }

    public GradingSettings withTimeLimit(Duration limit) {
        return new GradingSettings(exercises, learner, hidden, selection, solutions, testPackage, limit, heapMb);
    }

    public GradingSettings withTestPackage(String name) {
        return new GradingSettings(exercises, learner, hidden, selection, solutions, name, timeLimit, heapMb);
    }

    public GradingSettings withHeapMb(int mb) {
        return new GradingSettings(exercises, learner, hidden, selection, solutions, testPackage, timeLimit, mb);
    }

    /** Grades a learner's sources from elsewhere (a submission's src/main/java). */
    public GradingSettings withLearner(Path sources) {
        return new GradingSettings(exercises, sources.toAbsolutePath().normalize(), hidden, selection, solutions, testPackage, timeLimit, heapMb);
    }

    /** Hidden tests from a teacher's folder instead of src/hidden/java. */
    public GradingSettings withHidden(Path sources) {
        return new GradingSettings(exercises, learner, sources == null ? null : sources.toAbsolutePath().normalize(),
                selection, solutions, testPackage, timeLimit, heapMb);
    }

    public GradingSettings withSelection(String s) {
        return new GradingSettings(exercises, learner, hidden, s, solutions, testPackage, timeLimit, heapMb);
    }

    /** The sources graded: the learner's, or the reference solutions. */
    public Path graded() {
        return solutions ? exercises.resolve("src/solutions/java") : learner;
    }

    public Path testSources() {
        return exercises.resolve("src/test/java");
    }

    public Path fixtures() {
        return exercises.resolve("src/test/resources");
    }

    public Path solutionSources() {
        return exercises.resolve("src/solutions/java");
    }

    /** The grading JVM's module path: the grader's runtime module, then JUnit's modules. */
    public List<Path> modulePath() throws IOException {
        Path runtime = exercises.resolve("grader/runtime/target");
        List<Path> path = new ArrayList<>();
        path.add(require(runtime.resolve("classes")));
        path.addAll(list(require(runtime.resolve("module-path.txt"))));
        return path;
    }

    /** What learner code and tests may use besides the JDK and the grader's API: the toolkit and its jars. */
    public List<Path> library() throws IOException {
        Path file = exercises.resolve("target/library-classpath.txt");
        return testPackage.equals("jielong.exercises") ? list(require(file)) : Files.exists(file) ? list(file) : List.of();
    }

    private static List<Path> list(Path file) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String entry : Files.readString(file).trim().split(File.pathSeparator)) if (!entry.isBlank()) paths.add(Path.of(entry));
        return paths;
    }

    private static Path require(Path p) {
        if (!Files.exists(p)) {
            throw new GradingException(p + " is missing: build the course first (./jielong builds it; or mvn -DskipTests package)");
        }
        return p;
    }
}
