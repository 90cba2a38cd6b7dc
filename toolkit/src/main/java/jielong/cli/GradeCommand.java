package jielong.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./jielong grade}: grades the exercises. The grader lives in the exercises module, which
 * depends on the toolkit and not the other way round, so this command only finds the built
 * exercises and starts the grader's main class in a JVM of its own; that JVM in turn runs learner
 * code in a third, watched JVM.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade the exercises: prints a table, writes grades.json and grades.md, and ends with 'score: EARNED/POSSIBLE'.",
                "Learner code runs in a separate JVM with a time limit per test and a memory limit."})
final class GradeCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "all", paramLabel = "EXERCISE|CHAPTER|all",
            description = "an exercise (ch03.2), a chapter (ch03) or all (default: ${DEFAULT-VALUE})")
    String selection;

    @Option(names = "--solutions", description = "grade the reference solutions instead of your copy")
    boolean solutions;

    @Option(names = "--out", paramLabel = "DIR", description = "where grades.json and grades.md go (default: exercises/target/grades)")
    Path out;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "the most one test may run (default: ${DEFAULT-VALUE})")
    int timeLimit = 10;

    @Option(names = "--seal", description = "for teachers: record the checksums of the graded tests as they are now")
    boolean seal;

    @Option(names = "--exercises", paramLabel = "DIR", description = "the exercises folder (default: ./exercises)")
    Path exercises = Path.of("exercises");

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = exercises.toAbsolutePath().normalize();
        Path classes = dir.resolve("target/classes"), jars = dir.resolve("target/grading-classpath.txt");
        if (!Files.isDirectory(classes) || !Files.exists(jars)) {
            System.err.println("grade: the exercises in " + dir + " are not built; run ./jielong from the course folder"
                    + " (it builds them) or: mvn -DskipTests package");
            return 2;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes + java.io.File.pathSeparator + Files.readString(jars).trim(),
                "jielong.grade.GradeMain", dir.toString(), selection,
                (out != null ? out : dir.resolve("target/grades")).toAbsolutePath().toString(), String.valueOf(timeLimit)));
        if (solutions) command.add("--solutions");
        if (seal) command.add("--seal");
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
