package jielong.grading;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts the grader ({@code jielong.grade.GradeMain}) in a JVM of its own:
 * the grader's classes and jars, as its Maven build listed them, and nothing of the caller's.
 */
public final class GraderProcess {
    /** Where the supervisor's build leaves its classes and its class path, relative to the exercises folder. */
    static final String SUPERVISOR = "grader/supervisor/target";

    private GraderProcess() {}

    /** The course folder: the first of {@code from} and its parents that holds {@code exercises/grader}, or null. */
    public static Path findCourse(Path from) {
        for (Path dir = from.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("exercises/grader"))) return dir;
        }
        return null;
    }

    /** Null when the grader is built in this exercises folder, otherwise what to do. */
    public static String notBuilt(Path exercises) {
        Path target = exercises.resolve(SUPERVISOR);
        boolean built = Files.isDirectory(target.resolve("classes")) && Files.exists(target.resolve("classpath.txt"))
                && Files.exists(exercises.resolve("target/library-classpath.txt"));
        return built ? null : "the grader in " + exercises + " is not built; run ./jielong from the course folder"
                + " (it builds it) or: mvn -DskipTests package";
    }

    /**
     * {@code java -cp GRADER jielong.grade.GradeMain EXERCISES SELECTION OUT TIME_LIMIT ARGS...}.
     *
     * @param exercises  the exercises folder
     * @param selection  {@code all}, {@code ch03} or {@code ch03.2}
     * @param out        where the reports go
     * @param timeLimitS the most one test may run, in seconds
     * @param extra      flags such as {@code --solutions}
     */
    public static List<String> command(Path exercises, String selection, Path out, int timeLimitS, List<String> extra)
            throws IOException {
        Path target = exercises.resolve(SUPERVISOR);
        String classpath = target.resolve("classes") + File.pathSeparator + Files.readString(target.resolve("classpath.txt")).trim();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // a short run that compiles: start fast
                "-cp", classpath, "jielong.grade.GradeMain", exercises.toString(), selection,
                out.toAbsolutePath().toString(), String.valueOf(timeLimitS)));
        command.addAll(extra);
        return command;
    }
}
