package jielong.grade.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jielong.grade.report.GradedTest;
import jielong.grade.report.Outcome;
import jielong.grade.report.Status;

/**
 * Runs the graded tests in a separate JVM and watches it: learner code can loop forever, call
 * {@code System.exit}, or allocate without end, and the grader still finishes with a result for
 * every test. When a test runs past its time limit the JVM is killed; when the JVM dies during a
 * test, that test is charged with it. Either way a fresh JVM runs the tests that are left.
 */
public final class GradingRun {
    /** How often the event file is read. */
    private static final long POLL_MILLIS = 20;
    /** The most a grading JVM may take to start and find the tests (a slow, busy laptop). */
    private static final long STARTUP_MILLIS = 60_000;
    /** The exit status of a JVM started with -XX:+ExitOnOutOfMemoryError that ran out of memory. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final GradingSettings settings;
    private final Map<String, GradedTest> planned = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    private GradingRun(GradingSettings settings) {
        this.settings = settings;
    }

    /** An outcome for every selected test, in the order the tests were found. */
    public static List<Outcome> run(GradingSettings settings) {
        try {
            return new GradingRun(settings).runAll();
        } catch (IOException e) {
            throw new GradingException("grading failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GradingException("grading was interrupted");
        }
    }

    private List<Outcome> runAll() throws IOException, InterruptedException {
        List<String> remaining = List.of(); // empty: the first JVM finds the tests itself
        boolean first = true;
        while (first || !remaining.isEmpty()) {
            boolean finished = runOneJvm(remaining);
            first = false;
            remaining = new ArrayList<>(planned.keySet());
            remaining.removeAll(outcomes.keySet());
            if (finished && !remaining.isEmpty()) {
                // The JVM said it was done but some tests have no result: never charge a learner silently.
                for (String id : remaining) record(id, Status.FAILED, "no result was reported for this test", 0);
                remaining = List.of();
            }
        }
        List<Outcome> ordered = new ArrayList<>();
        for (String id : planned.keySet()) ordered.add(outcomes.get(id));
        return ordered;
    }

    /** Runs one grading JVM to its end; returns whether it finished normally. */
    private boolean runOneJvm(List<String> only) throws IOException, InterruptedException {
        Path events = Files.createTempFile("jielong-grade-", ".jsonl");
        try {
            Process jvm = start(events, only);
            OutputTail output = OutputTail.of(jvm.getInputStream());
            EventFile.Reader reader = new EventFile.Reader(events);
            String current = null;
            long lastNews = System.nanoTime();
            while (true) {
                boolean exited = jvm.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
                for (Event e : reader.next()) {
                    lastNews = System.nanoTime();
                    switch (e.kind()) {
                        case "plan" -> planned.putIfAbsent(e.id(), e.test());
                        case "start" -> current = e.id();
                        case "end" -> {
                            record(e.id(), e.status(), e.message(), e.millis());
                            current = null;
                        }
                        case "done" -> {
                            jvm.waitFor(5, TimeUnit.SECONDS);
                            jvm.destroyForcibly();
                            return true;
                        }
                        case "error" -> {
                            jvm.destroyForcibly();
                            throw new GradingException(e.message());
                        }
                        default -> throw new GradingException("unknown grading event " + e.kind());
                    }
                }
                long quietMillis = (System.nanoTime() - lastNews) / 1_000_000;
                if (exited) {
                    if (current == null) {
                        throw new GradingException("the grading JVM stopped (exit status " + jvm.exitValue()
                                + ") before it could run the tests:\n" + output);
                    }
                    record(current, Status.CRASHED, crashMessage(jvm.exitValue()), quietMillis);
                    return false;
                }
                if (current != null && quietMillis > settings.timeLimit().toMillis()) {
                    jvm.destroyForcibly().waitFor();
                    record(current, Status.TIMED_OUT, "did not finish within " + settings.timeLimit().toSeconds()
                            + " s (an endless loop, or far too slow?); the grader stopped it", quietMillis);
                    return false;
                }
                if (current == null && quietMillis > STARTUP_MILLIS) {
                    jvm.destroyForcibly().waitFor();
                    throw new GradingException("the grading JVM gave no sign of life for " + STARTUP_MILLIS / 1000 + " s:\n" + output);
                }
            }
        } finally {
            Files.deleteIfExists(events);
        }
    }

    private Process start(Path events, List<String> only) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Xss8m",
                "-Xmx" + settings.heapMb() + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // small tests: start fast, stay small
                "-cp", GradingClasspath.of(settings),
                GradingJvm.class.getName(),
                events.toString(), settings.testClasses().toString(), settings.testPackage(), settings.selection(),
                settings.solutions() ? settings.solutionClasses().toAbsolutePath().toString() : "-"));
        command.addAll(only);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private void record(String id, Status status, String message, long millis) {
        GradedTest test = planned.get(id);
        if (test != null && !outcomes.containsKey(id)) outcomes.put(id, new Outcome(test, status, message, millis));
    }

    private String crashMessage(int exitStatus) {
        if (exitStatus == OUT_OF_MEMORY_EXIT) {
            return "ran out of memory (the grading JVM has " + settings.heapMb() + " MB); is something allocated without end?";
        }
        return "the grading JVM stopped during this test with exit status " + exitStatus
                + " (does the code call System.exit?); the grader went on with the other tests";
    }
}
