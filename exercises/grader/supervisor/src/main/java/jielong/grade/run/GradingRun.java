package jielong.grade.run;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jielong.grade.report.GradedTest;
import jielong.grade.report.Outcome;
import jielong.grade.report.Status;

/**
 * Runs the graded tests in a separate JVM and watches it: learner code can loop forever, call
 * {@code System.exit}, or allocate without end, and the grader still finishes with a result for
 * every test. When a test runs past its time limit the JVM is killed; when the JVM dies during a
 * test, that test is charged with it. Either way a fresh JVM runs the tests that are left.
 *
 * <p>Results come only over the {@link GradingChannel}; what the grading JVM prints is kept only to
 * explain a JVM that failed to start. Tests of a chapter that did not compile are counted, not run.
 */
public final class GradingRun {
    /** How long to wait for an event before looking at the clock and the process. */
    private static final long POLL_MILLIS = 20;
    /** The most a grading JVM may take to start and find the tests (a slow, busy laptop). */
    private static final long STARTUP_MILLIS = 60_000;
    /** The exit status of a JVM started with -XX:+ExitOnOutOfMemoryError that ran out of memory. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /**
     * The only modules the grading JVM can see (with what they require): no compiler, no
     * instrumentation or attach API, no jdk.unsupported (sun.misc.Unsafe).
     */
    static final String MODULES = "java.base,java.logging,jdk.incubator.vector,org.junit.jupiter.engine,jielong.grade";

    private final GradingSettings settings;
    private final List<ChapterBuild> chapters;
    private final Map<String, ChapterBuild> byChapter = new LinkedHashMap<>();
    private final Map<String, GradedTest> planned = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    private GradingRun(GradingSettings settings, List<ChapterBuild> chapters) {
        this.settings = settings;
        this.chapters = chapters;
        for (ChapterBuild c : chapters) byChapter.put(c.chapter(), c);
    }

    /** An outcome for every selected test, in the order the tests were found. */
    public static List<Outcome> run(GradingSettings settings, List<ChapterBuild> chapters) {
        try {
            return new GradingRun(settings, chapters).runAll();
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
        for (ChapterBuild c : chapters) { // a chapter whose tests could not even be counted still shows
            if (!c.runnable() && c.tests().isEmpty()) {
                GradedTest unknown = new GradedTest(c.chapter() + "#compile", c.chapter(), 0, "(points unknown)", "compile", 0, false);
                ordered.add(new Outcome(unknown, Status.NOT_COMPILED, c.problem(), 0));
            }
        }
        return ordered;
    }

    /** Runs one grading JVM to its end; returns whether it finished normally. */
    private boolean runOneJvm(List<String> only) throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("jielong-grading-");
        try (GradingChannel channel = GradingChannel.open()) {
            Process jvm = start(workDir);
            try (OutputStream stdin = jvm.getOutputStream()) {
                stdin.write(channel.hello());
            }
            OutputTail output = OutputTail.of(jvm.getInputStream());
            if (!channel.accept(STARTUP_MILLIS, jvm)) {
                kill(jvm);
                throw new GradingException("the grading JVM did not connect to the grader:\n" + output);
            }
            channel.send(settings.testPackage(), settings.selection(), only, chapters);
            String current = null;
            long lastNews = System.nanoTime();
            boolean closed = false;
            while (true) {
                Event e = closed ? null : channel.poll(POLL_MILLIS);
                if (closed) jvm.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (e != null) {
                    lastNews = System.nanoTime();
                    switch (e.kind()) {
                        case "plan" -> {
                            planned.putIfAbsent(e.id(), e.test());
                            ChapterBuild c = byChapter.get(e.test().chapter());
                            if (c != null && !c.runnable()) record(e.id(), Status.NOT_COMPILED, c.problem(), 0);
                        }
                        case "start" -> current = e.id();
                        case "end" -> {
                            record(e.id(), e.status(), e.message(), e.millis());
                            current = null;
                        }
                        case "done" -> {
                            jvm.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
                            kill(jvm);
                            return true;
                        }
                        case "error" -> {
                            kill(jvm);
                            throw new GradingException(e.message());
                        }
                        case "closed" -> closed = true;
                        default -> throw new GradingException("unknown grading event " + e.kind());
                    }
                    continue;
                }
                long quietMillis = (System.nanoTime() - lastNews) / 1_000_000;
                if (!jvm.isAlive() && (closed || quietMillis > 1000)) {
                    if (current == null) {
                        throw new GradingException("the grading JVM stopped (exit status " + jvm.exitValue()
                                + ") before it could run the tests:\n" + output);
                    }
                    record(current, Status.CRASHED, crashMessage(jvm.exitValue()), quietMillis);
                    return false;
                }
                if (current != null && quietMillis > settings.timeLimit().toMillis()) {
                    kill(jvm);
                    record(current, Status.TIMED_OUT, "did not finish within " + settings.timeLimit().toSeconds()
                            + " s (an endless loop, or far too slow?); the grader stopped it", quietMillis);
                    return false;
                }
                if (current == null && quietMillis > STARTUP_MILLIS) {
                    kill(jvm);
                    throw new GradingException("the grading JVM gave no sign of life for " + STARTUP_MILLIS / 1000 + " s:\n" + output);
                }
            }
        } finally {
            deleteTree(workDir);
        }
    }

    /** The grading JVM: small, fast to start, few modules, no attach; its folder is an empty one. */
    private Process start(Path workDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Xss8m",
                "-Xmx" + settings.heapMb() + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // small tests: start fast, stay small
                "-XX:+DisableAttachMechanism", "--limit-modules", MODULES,
                "--module-path", join(settings.modulePath())));
        List<Path> library = settings.library();
        if (!library.isEmpty()) command.addAll(List.of("-cp", join(library)));
        command.addAll(List.of("-m", "jielong.grade/jielong.grade.runtime.GradingJvm"));
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    }

    /** Kills the grading JVM and whatever it started. */
    private static void kill(Process jvm) throws InterruptedException {
        jvm.descendants().forEach(ProcessHandle::destroyForcibly);
        jvm.destroyForcibly().waitFor();
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no grading error
        }
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
