package jielong.grade.runtime;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import jielong.grade.Exercise;
import jielong.grade.Hidden;
import jielong.grade.Points;

/**
 * The main class of the grading JVM, the one process that runs learner code. Before any learner
 * class exists it reads the supervisor's port and a one-time secret from standard input, connects,
 * proves the secret, and receives every chapter's classes (learner code, graded and hidden tests,
 * fixtures) as bytes. It then finds the tests with the JUnit Platform Launcher and reports each
 * start and end over that connection. Nothing learner code can name holds the connection: it lives
 * in locals and in objects of this package, which the module {@code jielong.grade} does not open.
 *
 * <p>Class loaders, per chapter: learner classes in one {@link MemoryLoader} whose parent is the
 * application loader (the toolkit, JUnit, this module); that chapter's tests in a second one whose
 * parent is the first, so tests see learner code and learner code cannot load tests by name.
 */
public final class GradingJvm {
    private GradingJvm() {}

    public static void main(String[] args) throws IOException {
        String[] hello = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine().split(" ");
        System.setIn(new ByteArrayInputStream(new byte[0])); // the secret is read; learner code finds nothing there
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(hello[0]))) {
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.writeUTF(hello[1]);
            out.flush();
            hello = null;
            Events events = new Events(out);
            try {
                grade(in, events);
                events.done();
            } catch (RuntimeException | LinkageError e) {
                events.error("the grading JVM failed: " + e);
            }
        }
        System.exit(0); // learner code may have left threads running
    }

    /** Reads the chapters, plans every test, then runs those of the chapters that compiled. */
    private static void grade(DataInputStream in, Events events) throws IOException {
        String testPackage = in.readUTF(), selection = in.readUTF();
        Set<String> only = new LinkedHashSet<>(readStrings(in));
        int chapterCount = in.readInt();
        Map<String, Boolean> runnable = new LinkedHashMap<>();
        List<Class<?>> testClasses = new ArrayList<>();
        Map<Class<?>, ClassLoader> learnerLoaderOf = new HashMap<>();
        ClassLoader application = ClassLoader.getSystemClassLoader();
        for (int c = 0; c < chapterCount; c++) {
            String chapter = in.readUTF();
            boolean run = in.readBoolean(); // false: the learner's chapter did not compile; plan only
            Map<String, byte[]> learner = readBytes(in), tests = readBytes(in), resources = readBytes(in);
            runnable.put(chapter, run);
            MemoryLoader learnerLoader = new MemoryLoader("learner-" + chapter, application, learner, Map.of());
            MemoryLoader testLoader = new MemoryLoader("tests-" + chapter, learnerLoader, tests, resources);
            for (String name : new ArrayList<>(tests.keySet())) {
                if (name.contains("$")) continue;
                try {
                    Class<?> type = Class.forName(name, false, testLoader);
                    testClasses.add(type);
                    learnerLoaderOf.put(type, learnerLoader);
                } catch (ClassNotFoundException | LinkageError e) {
                    if (run) events.error("cannot load the graded test " + name + ": " + e);
                }
            }
        }

        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .build());
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (Class<?> type : testClasses) if (type.getPackageName().startsWith(testPackage)) selectors.add(selectClass(type));
        TestPlan found = launcher.discover(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build());

        Map<String, Method> planned = new LinkedHashMap<>();
        for (TestIdentifier root : found.getRoots()) {
            for (TestIdentifier id : found.getDescendants(root)) {
                if (!id.isTest() || id.getSource().isEmpty() || !(id.getSource().get() instanceof MethodSource)) continue;
                MethodSource source = (MethodSource) id.getSource().get();
                Class<?> type = source.getJavaClass();
                String chapter = chapterOf(type);
                String testId = type.getName() + "#" + source.getMethodName();
                int exercise = exerciseOf(type);
                String idOfExercise = chapter + "." + exercise;
                boolean wanted = only.isEmpty()
                        ? selection.equals("all") || selection.equals(chapter) || selection.equals(idOfExercise)
                        : only.contains(testId);
                if (!wanted || planned.containsKey(testId)) continue;
                planned.put(testId, source.getJavaMethod());
                Points points = source.getJavaMethod().getAnnotation(Points.class);
                events.plan(testId, chapter, exercise, title(type), source.getMethodName(),
                        points == null ? 0 : points.value(), type.isAnnotationPresent(Hidden.class));
            }
        }
        List<DiscoverySelector> toRun = new ArrayList<>();
        Map<String, ClassLoader> loaderByClass = new HashMap<>();
        for (Map.Entry<String, Method> e : planned.entrySet()) {
            Class<?> type = e.getValue().getDeclaringClass();
            if (!runnable.getOrDefault(chapterOf(type), false)) continue;
            toRun.add(DiscoverySelectors.selectMethod(type, e.getValue()));
            loaderByClass.put(type.getName(), learnerLoaderOf.getOrDefault(type, application));
        }
        if (toRun.isEmpty()) return;
        Listener listener = new Listener(events, loaderByClass);
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(toRun).build(), listener);
        listener.reportNeverStarted(planned.keySet(), runnable);
    }

    private static String chapterOf(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static int exerciseOf(Class<?> type) {
        Exercise e = type.getAnnotation(Exercise.class);
        return e == null ? 0 : e.value();
    }

    private static String title(Class<?> type) {
        Exercise e = type.getAnnotation(Exercise.class);
        return e == null ? "(no @Exercise on " + type.getSimpleName() + ")" : e.title();
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(in.readUTF());
        return list;
    }

    private static Map<String, byte[]> readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            map.put(name, bytes);
        }
        return map;
    }

    /** The reporting side of the connection; one message at a time, each flushed at once. */
    private static final class Events {
        private final DataOutputStream out;

        Events(DataOutputStream out) {
            this.out = out;
        }

        synchronized void plan(String id, String chapter, int exercise, String title, String name, int points, boolean hidden) {
            send(() -> {
                out.writeByte(Wire.PLAN);
                out.writeUTF(id);
                out.writeUTF(chapter);
                out.writeInt(exercise);
                out.writeUTF(title);
                out.writeUTF(name);
                out.writeInt(points);
                out.writeBoolean(hidden);
            });
        }

        synchronized void start(String id) {
            send(() -> {
                out.writeByte(Wire.START);
                out.writeUTF(id);
            });
        }

        synchronized void end(String id, boolean passed, String message, long millis) {
            send(() -> {
                out.writeByte(Wire.END);
                out.writeUTF(id);
                out.writeBoolean(passed);
                out.writeUTF(message == null ? "" : message);
                out.writeLong(millis);
            });
        }

        synchronized void done() {
            send(() -> out.writeByte(Wire.DONE));
        }

        synchronized void error(String message) {
            send(() -> {
                out.writeByte(Wire.ERROR);
                out.writeUTF(message.length() > 2000 ? message.substring(0, 2000) : message);
            });
        }

        private interface Write {
            void run() throws IOException;
        }

        private void send(Write w) {
            try {
                w.run();
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException("lost the connection to the grader: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Reports each test's start and end; remembers why a class failed before its tests ran. While a
     * test runs, the thread's context class loader is its chapter's learner loader, not the tests'.
     */
    private static final class Listener implements TestExecutionListener {
        private final Events events;
        private final Map<String, ClassLoader> learnerLoaders;
        private final Map<String, Long> startedAt = new HashMap<>();
        private final List<String> containerProblems = new ArrayList<>();

        Listener(Events events, Map<String, ClassLoader> learnerLoaders) {
            this.events = events;
            this.learnerLoaders = learnerLoaders;
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            if (!id.isTest()) return;
            String test = idOf(id);
            startedAt.put(test, System.nanoTime());
            events.start(test);
            ClassLoader learner = learnerLoaders.get(test.substring(0, test.indexOf('#')));
            if (learner != null) Thread.currentThread().setContextClassLoader(learner);
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
            events.end(test, passed, passed ? null : message == null ? "aborted" : message, millis);
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) events.end(idOf(id), false, "skipped: " + reason, 0);
        }

        /** Tests that never started (their class failed to set up) fail with the class's reason. */
        void reportNeverStarted(Set<String> planned, Map<String, Boolean> runnable) {
            String why = containerProblems.isEmpty() ? "did not run" : "did not run: " + String.join("; ", containerProblems);
            for (String test : planned) {
                String type = test.substring(0, test.indexOf('#'));
                String chapter = type.substring(0, type.lastIndexOf('.'));
                chapter = chapter.substring(chapter.lastIndexOf('.') + 1);
                if (runnable.getOrDefault(chapter, false) && !startedAt.containsKey(test)) events.end(test, false, why, 0);
            }
        }

        private static String idOf(TestIdentifier id) {
            MethodSource m = (MethodSource) id.getSource().orElseThrow();
            return m.getClassName() + "#" + m.getMethodName();
        }
    }
}
