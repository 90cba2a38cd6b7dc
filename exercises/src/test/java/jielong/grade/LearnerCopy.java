package jielong.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A learner's copy for the grader's tests: the course's stubs (or solutions) copied to a folder, then edited. */
final class LearnerCopy {
    static final Path EXERCISES = Path.of("").toAbsolutePath();

    private LearnerCopy() {}

    /** Copies a source root ({@code src/main/java} or {@code src/solutions/java}) to {@code to}. */
    static Path of(String root, Path to) throws IOException {
        Path from = EXERCISES.resolve(root);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    /** Replaces one file of chapter {@code chapter} with {@code source}. */
    static void write(Path copy, String chapter, String file, String source) throws IOException {
        Files.writeString(copy.resolve("jielong/exercises/" + chapter + "/" + file), source);
    }

    /** The reference solution of one chapter's file, as a learner who solved it would have it. */
    static String solution(String chapter, String file) throws IOException {
        return Files.readString(EXERCISES.resolve("src/solutions/java/jielong/exercises/" + chapter + "/" + file));
    }
}
