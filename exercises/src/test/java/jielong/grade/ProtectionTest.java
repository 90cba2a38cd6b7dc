package jielong.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jielong.grade.report.GradeReport;
import jielong.grade.report.Outcome;
import jielong.grade.run.GradingSettings;

/**
 * Learner code that tries to score without the work, the two ways issue 14 found and their
 * cousins: it forges "passed" results on every channel it can reach, or it loads the reference
 * solutions and hands their answers back. Each attack logs what it tried to a file, so the test
 * knows the attempts ran; the grade must still be 0.
 */
class ProtectionTest {
    @TempDir
    Path dir;

    private GradeReport gradeCh01With(String source) throws IOException {
        Path copy = LearnerCopy.of("src/main/java", dir.resolve("learner"));
        LearnerCopy.write(copy, "ch01", "ParameterCount.java", source.replace("%LOG%", dir.resolve("attack.log").toString())
                .replace("%EXERCISES%", LearnerCopy.EXERCISES.toString()));
        return Grader.grade(GradingSettings.of(LearnerCopy.EXERCISES, "ch01", false).withLearner(copy));
    }

    private String log() throws IOException {
        Path log = dir.resolve("attack.log");
        assertTrue(Files.exists(log), "the attack never ran");
        return Files.readString(log);
    }

    private static void assertNothingEarned(GradeReport report) {
        assertEquals(List.of(), report.tamper().problems(), "the grader's verdict on a sealed suite, not the seal's");
        for (Outcome o : report.outcomes()) assertFalse(o.passed(), o.test().id() + " passed: " + report);
        assertEquals(0, report.earned(), report.toString());
        assertTrue(report.possible() > 0, report.toString());
    }

    @Test
    void forgedPassedResultsAreNotBelieved() throws IOException {
        GradeReport report = gradeCh01With(FORGER);
        assertNothingEarned(report);
        String log = log();
        assertTrue(log.contains("tests seen: ") && !log.contains("tests seen: 0\n"), log);
        assertTrue(log.contains("wrote to stdout"), log);
        assertTrue(log.contains("stdin: 0 bytes"), "the secret must be gone from standard input: " + log);
        assertTrue(log.contains("reflection: InaccessibleObjectException"), "the runtime's package must be closed to reflection: " + log);
        assertFalse(log.contains("reflection: got in"), log);
        assertFalse(log.contains("secret in"), log);
    }

    @Test
    void theReferenceSolutionsCannotBeLoaded() throws IOException {
        GradeReport report = gradeCh01With(BORROWER);
        assertNothingEarned(report);
        String log = log();
        assertTrue(log.contains("tried: system class loader"), log);
        assertTrue(log.contains("tried: " + LearnerCopy.EXERCISES.resolve("target/solution-classes")), log);
        assertTrue(log.contains("compiler: ClassNotFoundException"), "javax.tools must be out of reach: " + log);
        assertFalse(log.contains("loaded from"), log);
        assertFalse(Files.exists(LearnerCopy.EXERCISES.resolve("target/solution-classes")), "no compiled solution on disk");
    }

    /** Returns 0 everywhere, after forging a pass for every test on its stack by every way it finds. */
    static final String FORGER = """
            package jielong.exercises.ch01;

            import java.io.*;
            import java.lang.reflect.*;
            import java.nio.file.*;
            import java.util.*;
            import jielong.model.GptConfig;

            public final class ParameterCount {
                private ParameterCount() {}

                public static long embeddings(GptConfig c) { forge(); return 0; }
                public static long perBlock(GptConfig c) { forge(); return 0; }
                public static long total(GptConfig c) { forge(); return 0; }

                static void log(String s) {
                    try {
                        Files.writeString(Path.of("%LOG%"), s + "\\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    } catch (IOException e) { }
                }

                static List<String> testIds() {
                    List<String> ids = new ArrayList<>();
                    StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).forEach(f -> {
                        Class<?> t = f.getDeclaringClass();
                        if (t.getName().endsWith("Test")) for (Method m : t.getDeclaredMethods()) ids.add(t.getName() + "#" + m.getName());
                    });
                    return ids;
                }

                /** An "ended, passed" message per test, in the channel's binary form. */
                static byte[] wire(List<String> ids) throws IOException {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    DataOutputStream out = new DataOutputStream(bytes);
                    for (String id : ids) { out.writeByte('E'); out.writeUTF(id); out.writeBoolean(true); out.writeUTF(""); out.writeLong(1); }
                    return bytes.toByteArray();
                }

                static String json(List<String> ids) {
                    StringBuilder sb = new StringBuilder();
                    for (String id : ids) sb.append("{\\"kind\\":\\"end\\",\\"id\\":\\"").append(id).append("\\",\\"status\\":\\"PASSED\\",\\"millis\\":1}\\n");
                    return sb.toString();
                }

                static void forge() {
                    try {
                        List<String> ids = testIds();
                        log("tests seen: " + ids.size());
                        byte[] wire = wire(ids);
                        // The old way: the event file named on the command line.
                        for (String arg : ProcessHandle.current().info().arguments().orElse(new String[0])) {
                            try {
                                Path p = Path.of(arg);
                                if (Files.isRegularFile(p) && !arg.endsWith(".jar")) {
                                    Files.writeString(p, json(ids), StandardOpenOption.APPEND);
                                    log("wrote to " + arg);
                                }
                            } catch (RuntimeException | IOException e) { }
                        }
                        // Standard output, in both forms.
                        System.out.print(json(ids));
                        System.out.write(wire, 0, wire.length);
                        System.out.flush();
                        log("wrote to stdout");
                        // Every pipe or socket the JVM holds.
                        File[] fds = new File("/proc/self/fd").listFiles();
                        for (File fd : fds == null ? new File[0] : fds) {
                            String what;
                            try { what = Files.readSymbolicLink(fd.toPath()).toString(); } catch (IOException e) { continue; }
                            if (!what.startsWith("pipe:") && !what.startsWith("socket:")) continue;
                            try (FileOutputStream o = new FileOutputStream(fd, true)) { o.write(wire); log("wrote to fd " + fd.getName() + " " + what); }
                            catch (IOException e) { log("fd " + fd.getName() + " " + what + ": " + e.getMessage()); }
                        }
                        // The secret, if standard input still had it; or a property or variable holding one.
                        log("stdin: " + System.in.available() + " bytes");
                        for (Object v : System.getProperties().values()) if (String.valueOf(v).matches(".*[0-9a-f]{64}.*")) log("secret in a property");
                        for (String v : System.getenv().values()) if (v.matches(".*[0-9a-f]{64}.*")) log("secret in the environment");
                        for (String a : ProcessHandle.current().info().arguments().orElse(new String[0])) if (a.matches(".*[0-9a-f]{64}.*")) log("secret in the command line");
                        // The grader's own classes, by reflection.
                        try {
                            Class<?> jvm = Class.forName("jielong.grade.runtime.GradingJvm");
                            for (Class<?> k : jvm.getDeclaredClasses()) for (Field f : k.getDeclaredFields()) f.setAccessible(true);
                            for (Method m : jvm.getDeclaredMethods()) m.setAccessible(true);
                            log("reflection: got in");
                        } catch (Throwable e) {
                            log("reflection: " + e.getClass().getSimpleName());
                        }
                    } catch (IOException e) {
                        log("failed: " + e);
                    }
                }
            }
            """;

    /** Hands back whatever a reference solution it can load computes. */
    static final String BORROWER = """
            package jielong.exercises.ch01;

            import java.io.*;
            import java.net.*;
            import java.nio.file.*;
            import java.util.*;
            import jielong.model.GptConfig;

            public final class ParameterCount {
                private ParameterCount() {}

                public static long embeddings(GptConfig c) { return borrow("embeddings", c); }
                public static long perBlock(GptConfig c) { return borrow("perBlock", c); }
                public static long total(GptConfig c) { return borrow("total", c); }

                static void log(String s) {
                    try {
                        Files.writeString(Path.of("%LOG%"), s + "\\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    } catch (IOException e) { }
                }

                static long borrow(String method, GptConfig c) {
                    Map<String, ClassLoader> loaders = new LinkedHashMap<>();
                    loaders.put("system class loader", ClassLoader.getSystemClassLoader());
                    loaders.put("context class loader", Thread.currentThread().getContextClassLoader());
                    List<String> places = new ArrayList<>(List.of("%EXERCISES%/target/solution-classes", "%EXERCISES%/target/classes"));
                    for (String key : List.of("java.class.path", "jdk.module.path")) {
                        String value = System.getProperty(key, "");
                        if (!value.isEmpty()) places.addAll(List.of(value.split(File.pathSeparator)));
                    }
                    for (String place : places) {
                        try {
                            URL url = Path.of(place).toUri().toURL();
                            loaders.put(place, new URLClassLoader(new URL[] {url}, ClassLoader.getSystemClassLoader()));
                        } catch (IOException | RuntimeException e) { }
                    }
                    try {
                        Class.forName("javax.tools.ToolProvider");
                        log("compiler: found");
                    } catch (Throwable e) {
                        log("compiler: " + e.getClass().getSimpleName());
                    }
                    for (Map.Entry<String, ClassLoader> e : loaders.entrySet()) {
                        log("tried: " + e.getKey());
                        try {
                            Class<?> s = Class.forName("jielong.exercises.ch01.ParameterCount", true, e.getValue());
                            if (s == ParameterCount.class) continue;
                            long answer = (Long) s.getMethod(method, GptConfig.class).invoke(null, c);
                            log("loaded from " + e.getKey());
                            return answer;
                        } catch (Throwable t) { }
                    }
                    return 0;
                }
            }
            """;
}
