package jielong.grade.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The grading JVM's class path: the reference solutions first when they are graded (same class
 * names as the stubs, so the first one wins; {@link SolutionCheck} confirms it), then the graded
 * tests, the learner's code and the grader, then the jars Maven resolved.
 */
final class GradingClasspath {
    private GradingClasspath() {}

    static String of(GradingSettings s) throws IOException {
        List<String> entries = new ArrayList<>();
        if (s.solutions()) entries.add(require(s.solutionClasses().toFile()));
        entries.add(require(s.testClasses().toFile()));
        entries.add(require(s.classes().toFile()));
        entries.add(Files.readString(require(s.dependencyList())).trim());
        return String.join(File.pathSeparator, entries);
    }

    private static String require(File f) {
        if (!f.exists()) throw new GradingException(f + " is missing: build the exercises first (./jielong builds them; or mvn -DskipTests package)");
        return f.getAbsolutePath();
    }

    private static java.nio.file.Path require(java.nio.file.Path p) {
        require(p.toFile());
        return p;
    }
}
