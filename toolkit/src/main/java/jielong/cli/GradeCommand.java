package jielong.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jielong.grading.GraderProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./jielong grade}: grades the exercises. The grader is a module of its own
 * ({@code exercises/grader}), which the toolkit does not depend on, so this command only finds it
 * and starts its main class in a JVM of its own; that JVM in turn runs learner code in a third,
 * watched JVM.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade the exercises: prints a table, writes grades.json and grades.md, and ends with 'score: EARNED/POSSIBLE'.",
                "Learner code runs in a separate JVM with a time limit per test and a memory limit.",
                "Teachers: --submissions DIR grades every learner's folder in DIR into one gradebook (CSV and HTML)."})
final class GradeCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "all", paramLabel = "EXERCISE|CHAPTER|all",
            description = "an exercise (ch03.2), a chapter (ch03) or all (default: ${DEFAULT-VALUE})")
    String selection;

    @Option(names = "--solutions", description = "grade the reference solutions instead of your copy")
    boolean solutions;

    @Option(names = "--out", paramLabel = "DIR", description = "where grades.json and grades.md (or the gradebook) go (default: exercises/target/grades)")
    Path out;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "the most one test may run (default: ${DEFAULT-VALUE})")
    int timeLimit = 10;

    @Option(names = "--seal", description = "for teachers: record the checksums of the graded tests as they are now")
    boolean seal;

    @Option(names = "--submissions", paramLabel = "DIR", description = "for teachers: grade every learner's copy in DIR"
            + " (one folder each, holding src/main/java/jielong/exercises/...) into DIR's gradebook.csv and gradebook.html under --out")
    Path submissions;

    @Option(names = "--hidden", paramLabel = "DIR", description = "for teachers: hidden tests' sources from DIR (jielong/exercises/chNN/...) instead of exercises/src/hidden/java")
    Path hidden;

    @Option(names = "--exercises", paramLabel = "DIR", description = "the exercises folder (default: ./exercises)")
    Path exercises = Path.of("exercises");

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = exercises.toAbsolutePath().normalize();
        String notBuilt = GraderProcess.notBuilt(dir);
        if (notBuilt != null) {
            System.err.println("grade: " + notBuilt);
            return 2;
        }
        List<String> flags = new ArrayList<>();
        if (solutions) flags.add("--solutions");
        if (seal) flags.add("--seal");
        if (hidden != null) flags.addAll(List.of("--hidden", hidden.toAbsolutePath().toString()));
        if (submissions != null) flags.addAll(List.of("--submissions", submissions.toAbsolutePath().toString()));
        Path reports = out != null ? out : dir.resolve(submissions != null ? "target/gradebook" : "target/grades");
        return new ProcessBuilder(GraderProcess.command(dir, selection, reports, timeLimit, flags)).inheritIO().start().waitFor();
    }
}
