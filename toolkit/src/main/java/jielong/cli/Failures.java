package jielong.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import jielong.train.TrainingDiverged;
import picocli.CommandLine;

/**
 * The one place where a command's exception becomes what the user reads: one or two lines saying what went
 * wrong and what to do, and an exit code (2: a mistake in the input, 1: the command could not finish).
 * The stack trace is printed only with {@code --verbose} or {@code JIELONG_DEBUG=1}.
 */
final class Failures {

    /** Exit code for a mistake in the command line or its input files. */
    static final int BAD_INPUT = 2;
    /** Exit code for a command that started but could not finish. */
    static final int FAILED = 1;

    private static volatile boolean verbose = "1".equals(System.getenv("JIELONG_DEBUG"));

    private Failures() {
    }

    static void setVerbose(boolean on) {
        verbose = on || "1".equals(System.getenv("JIELONG_DEBUG"));
    }

    /** For picocli: an exception thrown by a command. */
    static int handle(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        Throwable cause = unwrap(e);
        int code = cause instanceof BadInput || cause instanceof Device.Unavailable ? BAD_INPUT : FAILED;
        err.println(command.getCommandSpec().qualifiedName(" ") + ": " + describe(cause));
        if (verbose) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else if (!(cause instanceof BadInput || cause instanceof IOException || cause instanceof UncheckedIOException
                || cause instanceof Device.Unavailable || cause instanceof TrainingDiverged)) {
            err.println("(for the full trace, run again with --verbose or JIELONG_DEBUG=1)");
        }
        err.flush();
        return code;
    }

    /** For picocli: a command line that does not parse (unknown option, a word where a number goes). */
    static int handleParse(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(e.getCommandLine().getCommandSpec().qualifiedName(" ") + ": " + e.getMessage());
        err.println("See: " + e.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^jielong", "./jielong")
                + " --help");
        err.flush();
        return BAD_INPUT;
    }

    private static Throwable unwrap(Throwable e) {
        while ((e instanceof UncheckedIOException || e instanceof CommandLine.ExecutionException)
                && e.getCause() != null) {
            if (e instanceof UncheckedIOException && e.getMessage() != null
                    && !e.getMessage().equals(String.valueOf(e.getCause()))) {
                return e; // it already says what it was doing
            }
            e = e.getCause();
        }
        return e;
    }

    /** What went wrong, in words, with what to do where we know. */
    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile() + (n.getReason() == null ? "" : " (" + n.getReason() + ")");
        }
        if (e instanceof AccessDeniedException a) {
            return "not allowed to read or write " + a.getFile() + ": check its permissions";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
        }
        if (e instanceof CharacterCodingException) {
            return "a file is not UTF-8 text: " + e;
        }
        if (e instanceof FileNotFoundException || e instanceof IOException || e instanceof BadInput
                || e instanceof Device.Unavailable || e instanceof TrainingDiverged || e instanceof UncheckedIOException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory: use a smaller model (--embd, --layers, --block) or --batch, "
                    + "or give Java more with JIELONG_JAVA_OPTS=-Xmx8g";
        }
        if (e instanceof StackOverflowError) {
            return "ran out of stack: give Java more with JIELONG_JAVA_OPTS=-Xss64m";
        }
        return "unexpected " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "; this is a bug in Jielong, please report it with the --verbose output";
    }
}
