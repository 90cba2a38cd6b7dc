package jielong.grade.run;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.PackageNameFilter.includePackageNames;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import jielong.grade.Exercise;
import jielong.grade.Hidden;
import jielong.grade.Points;
import jielong.grade.report.GradedTest;
import jielong.grade.report.Status;

/**
 * The main class of the grading JVM, the one process that runs learner code. It finds the graded
 * tests with the JUnit Platform Launcher, announces them, runs them, and writes an event for each
 * start and end. It trusts nothing to survive: the supervisor watching the event file copes with
 * this JVM hanging or dying at any point.
 *
 * <p>Arguments: {@code EVENTS TEST_CLASSES PACKAGE SELECTION [SOLUTION_CLASSES|-] [TEST_ID...]}; with
 * test ids, only those run (the supervisor's restart after a test killed the previous JVM).
 */
public final class GradingJvm {
    private GradingJvm() {}

    public static void main(String[] args) throws IOException {
        try (EventFile.Writer events = new EventFile.Writer(Path.of(args[0]))) {
            Path testClasses = Path.of(args[1]);
            String testPackage = args[2], selection = args[3];
            Set<String> only = args.length > 5 ? Set.copyOf(List.of(args).subList(5, args.length)) : Set.of();
            if (!args[4].equals("-")) {
                String problem = SolutionCheck.problem(Path.of(args[4]));
                if (problem != null) {
                    events.write(Event.error(problem));
                    return;
                }
            }
            run(events, testClasses, testPackage, selection, only);
            events.write(Event.done());
        }
        System.exit(0); // learner code may have left threads running
    }

    private static void run(EventFile.Writer events, Path testClasses, String testPackage, String selection,
                            Set<String> only) {
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testClasses)))
                .filters(includePackageNames(testPackage), includeClassNamePatterns(".*"))
                .build();
        TestPlan found = launcher.discover(discovery);

        Map<String, GradedTest> planned = new LinkedHashMap<>();
        for (TestIdentifier root : found.getRoots()) {
            for (TestIdentifier id : found.getDescendants(root)) {
                if (!id.isTest() || id.getSource().isEmpty() || !(id.getSource().get() instanceof MethodSource)) continue;
                GradedTest test = describe((MethodSource) id.getSource().get());
                boolean wanted = only.isEmpty() ? test.isSelectedBy(selection) : only.contains(test.id());
                if (wanted && !planned.containsKey(test.id())) planned.put(test.id(), test);
            }
        }
        planned.values().forEach(t -> events.write(Event.plan(t)));
        if (planned.isEmpty()) return;

        LauncherDiscoveryRequest execution = LauncherDiscoveryRequestBuilder.request()
                .selectors(planned.keySet().stream().map(DiscoverySelectors::selectMethod).toList())
                .build();
        Listener listener = new Listener(events);
        launcher.execute(execution, listener);
        listener.reportNeverStarted(planned.keySet());
    }

    /** A test's points, exercise and visibility, from its annotations. */
    static GradedTest describe(MethodSource source) {
        Class<?> type = source.getJavaClass();
        Method method = source.getJavaMethod();
        String pkg = type.getPackageName();
        String chapter = pkg.substring(pkg.lastIndexOf('.') + 1);
        Exercise exercise = type.getAnnotation(Exercise.class);
        Points points = method.getAnnotation(Points.class);
        String id = type.getName() + "#" + method.getName();
        return new GradedTest(id, chapter, exercise == null ? 0 : exercise.value(),
                exercise == null ? "(no @Exercise on " + type.getSimpleName() + ")" : exercise.title(),
                method.getName(), points == null ? 0 : points.value(), type.isAnnotationPresent(Hidden.class));
    }

    /** Writes an event at each test's start and end; remembers why a class failed before its tests ran. */
    private static final class Listener implements TestExecutionListener {
        private final EventFile.Writer events;
        private final Map<String, Long> startedAt = new HashMap<>();
        private final List<String> containerProblems = new ArrayList<>();

        Listener(EventFile.Writer events) {
            this.events = events;
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            if (!id.isTest()) return;
            String test = idOf(id);
            startedAt.put(test, System.nanoTime());
            events.write(Event.start(test));
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            String message = result.getThrowable().map(FailureText::of).orElse(null);
            if (!id.isTest()) {
                if (message != null) containerProblems.add(id.getDisplayName() + ": " + message);
                return;
            }
            String test = idOf(id);
            long millis = (System.nanoTime() - startedAt.getOrDefault(test, System.nanoTime())) / 1_000_000;
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            events.write(Event.end(test, passed ? Status.PASSED : Status.FAILED,
                    passed ? null : message == null ? "aborted" : message, millis));
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                events.write(Event.end(idOf(id), Status.FAILED, "skipped: " + reason, 0));
            }
        }

        /** Tests that never started (their class failed to set up) fail with the class's reason. */
        void reportNeverStarted(Set<String> planned) {
            String why = containerProblems.isEmpty() ? "did not run" : "did not run: " + String.join("; ", containerProblems);
            for (String test : planned) {
                if (!startedAt.containsKey(test)) events.write(Event.end(test, Status.FAILED, why, 0));
            }
        }

        private static String idOf(TestIdentifier id) {
            MethodSource m = (MethodSource) id.getSource().orElseThrow();
            return m.getClassName() + "#" + m.getMethodName();
        }
    }
}
