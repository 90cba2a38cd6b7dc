package jielong.grade.run;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to grade and under which limits.
 *
 * @param exercises   the exercises module folder (holding target/classes, target/test-classes, …)
 * @param selection   {@code all}, a chapter such as {@code ch03}, or an exercise such as {@code ch03.2}
 * @param solutions   grade the reference solutions instead of the learner's copy
 * @param testPackage the package whose tests are graded ({@code jielong.exercises}; the grader's own tests use another)
 * @param timeLimit   the most one test may run before the grading JVM is stopped
 * @param heapMb      the grading JVM's heap: a huge allocation ends the JVM, not the machine
 */
public record GradingSettings(Path exercises, String selection, boolean solutions, String testPackage,
                              Duration timeLimit, int heapMb) {

    /** The graded exercises, ten seconds a test, 512 MB of heap. */
    public static GradingSettings of(Path exercises, String selection, boolean solutions) {
        return new GradingSettings(exercises, selection, solutions, "jielong.exercises", Duration.ofSeconds(10), 512);
    }

    public GradingSettings withTimeLimit(Duration limit) {
        return new GradingSettings(exercises, selection, solutions, testPackage, limit, heapMb);
    }

    public GradingSettings withTestPackage(String name) {
        return new GradingSettings(exercises, selection, solutions, name, timeLimit, heapMb);
    }

    public GradingSettings withHeapMb(int mb) {
        return new GradingSettings(exercises, selection, solutions, testPackage, timeLimit, mb);
    }

    Path classes() {
        return exercises.resolve("target/classes");
    }

    Path testClasses() {
        return exercises.resolve("target/test-classes");
    }

    Path solutionClasses() {
        return exercises.resolve("target/solution-classes");
    }

    /** The jars and folders Maven resolved for the exercises (see the dependency plugin in exercises/pom.xml). */
    Path dependencyList() {
        return exercises.resolve("target/grading-classpath.txt");
    }
}
