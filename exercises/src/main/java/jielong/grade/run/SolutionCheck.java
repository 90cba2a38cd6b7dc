package jielong.grade.run;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * When grading the reference solutions, they sit in front of the learner's stubs on the class
 * path, with the same class names. This check makes sure each solution class really is the one
 * loaded, instead of trusting the order of the class path.
 */
final class SolutionCheck {
    private SolutionCheck() {}

    /** Null when every class in the folder loads from it; otherwise what is wrong. */
    static String problem(Path solutionClasses) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(solutionClasses)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        } catch (IOException e) {
            return "cannot read the reference solutions in " + solutionClasses + ": " + e.getMessage();
        }
        if (files.isEmpty()) return "no reference solutions in " + solutionClasses + " (build with: mvn -DskipTests package)";
        for (Path file : files) {
            String name = solutionClasses.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
            try {
                CodeSource source = Class.forName(name, false, SolutionCheck.class.getClassLoader()).getProtectionDomain().getCodeSource();
                if (source == null || !Path.of(source.getLocation().toURI()).equals(solutionClasses.toAbsolutePath())) {
                    return name + " loads from " + (source == null ? "nowhere" : source.getLocation()) + ", not from the reference solutions";
                }
            } catch (ClassNotFoundException | LinkageError | URISyntaxException e) {
                return "cannot load the reference solution " + name + ": " + e;
            }
        }
        return null;
    }
}
