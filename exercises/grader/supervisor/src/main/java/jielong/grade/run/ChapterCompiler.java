package jielong.grade.run;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a handful of sources in memory with the JDK's compiler: the classes never touch the
 * disk, so a learner's code cannot find them there, and a compile error comes back as one readable
 * line ({@code AttentionByHand.java line 12: ';' expected}).
 */
final class ChapterCompiler {
    /** At most this many errors are named in a message. */
    private static final int ERRORS_SHOWN = 3;

    private ChapterCompiler() {}

    /**
     * The outcome: class bytes by binary name with the source file each came from, or, when
     * anything failed, no classes and each source file's errors ({@code errors}), plus errors no file can be blamed for ({@code general}).
     */
    record Result(Map<String, byte[]> classes, Map<String, Path> sources, Map<Path, List<String>> errors, String general) {
        boolean ok() {
            return errors.isEmpty() && general == null;
        }
    }

    /** One compiler and one file manager for a whole grading: the jars on the class path are opened once. */
    static final class Session implements AutoCloseable {
        private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        private final DiagnosticCollector<JavaFileObject> unused = new DiagnosticCollector<>();
        private final StandardJavaFileManager files;
        private final List<Path> classpath;

        Session(List<Path> classpath) {
            if (javac == null) throw new GradingException("grading needs a JDK (with javac), not only a Java runtime");
            this.files = javac.getStandardFileManager(unused, Locale.ENGLISH, StandardCharsets.UTF_8);
            this.classpath = classpath;
        }

        Result compile(List<Path> sources) {
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            Map<String, ByteArrayOutputStream> out = new TreeMap<>();
            Map<String, Path> sourceOf = new TreeMap<>();
            JavaFileManager memory = new ForwardingJavaFileManager<>(files) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                    if (sibling != null && "file".equals(sibling.toUri().getScheme())) sourceOf.put(className, Path.of(sibling.toUri()));
                    return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                        @Override
                        public OutputStream openOutputStream() {
                            return out.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                        }
                    };
                }
            };
            List<String> options = List.of("-proc:none", "-g", "-nowarn", "-Xlint:none", "-implicit:none",
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            StringWriter javacSays = new StringWriter();
            boolean ok = javac.getTask(javacSays, memory, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                Map<Path, List<String>> byFile = new TreeMap<>();
                List<String> general = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() != Diagnostic.Kind.ERROR) continue;
                    String message = d.getMessage(Locale.ENGLISH).split("\n")[0];
                    if (d.getSource() == null) {
                        general.add(message);
                    } else {
                        Path file = Path.of(d.getSource().toUri());
                        byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(file.getFileName() + " line " + d.getLineNumber() + ": " + message);
                    }
                }
                if (byFile.isEmpty() && general.isEmpty()) general.add(javacSays.toString().isBlank() ? "the compiler gave no reason" : javacSays.toString().trim());
                return new Result(Map.of(), Map.of(), byFile, general.isEmpty() ? null : describe(general));
            }
            Map<String, byte[]> classes = new TreeMap<>();
            out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
            return new Result(classes, sourceOf, Map.of(), null);
        }

        @Override
        public void close() throws java.io.IOException {
            files.close();
        }
    }

    /** The first few errors in one line: "File.java line 12: message; ...". */
    static String describe(List<String> errors) {
        String shown = String.join("; ", errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())));
        return errors.size() > ERRORS_SHOWN ? shown + " (and " + (errors.size() - ERRORS_SHOWN) + " more)" : shown;
    }
}
