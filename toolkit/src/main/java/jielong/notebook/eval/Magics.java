package jielong.notebook.eval;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few IJava-style magics a cell may use, one per line starting with {@code %}:
 * {@code %classpath PATH...} and {@code %jars GLOB...} add to the class path, {@code %load FILE} runs a
 * {@code .jsh} or {@code .java} file, {@code %time CODE} times one line, and {@code %%time} as a cell's
 * first line times the whole cell. Java never starts a line with {@code %}, so there is no ambiguity.
 */
final class Magics {

    /** Names a learner may type, for the error message when they mistype one. */
    static final String KNOWN = "%classpath, %jars, %load, %time, %%time";

    private Magics() {
    }

    /** True when {@code line} is a magic line rather than Java. */
    static boolean isMagic(String line) {
        return line.stripLeading().startsWith("%");
    }

    /** The magic's name without {@code %} signs, e.g. {@code time}. */
    static String name(String line) {
        String s = line.strip().replaceFirst("^%+", "");
        int space = indexOfBlank(s);
        return space < 0 ? s : s.substring(0, space);
    }

    /** Everything after the magic's name. */
    static String arguments(String line) {
        String s = line.strip();
        int space = indexOfBlank(s);
        return space < 0 ? "" : s.substring(space).strip();
    }

    /** Where the arguments start within {@code line}, to keep error positions right for {@code %time}. */
    static int argumentsOffset(String line) {
        String args = arguments(line);
        return args.isEmpty() ? line.length() : line.lastIndexOf(args);
    }

    /** The files named by {@code %classpath} or {@code %jars} arguments; {@code *} matches within a folder. */
    static List<Path> resolvePaths(String arguments, Path baseDir) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String arg : arguments.split("\\s+")) {
            if (arg.isEmpty()) {
                continue;
            }
            Path path = baseDir.resolve(arg).normalize();
            if (!arg.contains("*")) {
                if (!Files.exists(path)) {
                    throw new IOException("no such file or folder: " + path);
                }
                paths.add(path);
                continue;
            }
            Path dir = path.getParent();
            try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, path.getFileName().toString())) {
                matches.forEach(paths::add);
            }
        }
        return paths;
    }

    /** Reads a file for {@code %load}; a {@code package} line is blanked, as JShell has no packages. */
    static String loadSource(Path file) throws IOException {
        String text = Files.readString(file);
        return text.replaceAll("(?m)^\\s*package\\s+[\\w.]+\\s*;", "");
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
