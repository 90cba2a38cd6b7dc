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

    /** The outcome: class bytes by binary name, or the errors (then {@code classes} is empty). */
    record Result(Map<String, byte[]> classes, String errors) {
        boolean ok() {
            return errors == null;
        }
    }

    static Result compile(List<Path> sources, List<Path> classpath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new GradingException("grading needs a JDK (with javac), not only a Java runtime");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> out = new TreeMap<>();
        JavaFileManager memory = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
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
        if (!ok) return new Result(Map.of(), describe(diagnostics.getDiagnostics(), javacSays.toString()));
        Map<String, byte[]> classes = new TreeMap<>();
        out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return new Result(classes, null);
    }

    /** "File.java line 12: message" for the first few errors. */
    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics, String other) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + " line " + d.getLineNumber() + ": ";
            errors.add(file + d.getMessage(Locale.ENGLISH).split("\n")[0]);
        }
        if (errors.isEmpty()) return other.isBlank() ? "the compiler gave no reason" : other.trim();
        String shown = String.join("; ", errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())));
        return errors.size() > ERRORS_SHOWN ? shown + " (and " + (errors.size() - ERRORS_SHOWN) + " more)" : shown;
    }
}
