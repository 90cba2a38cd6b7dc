package jielong.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./jielong} command line: one entry point for every course tool. */
@Command(name = "jielong", mixinStandardHelpOptions = true, version = "jielong 0.1.0",
        description = "Jielong (接龙): how large language models work, in Java notebooks.",
        subcommands = {TrainCommand.class, SampleCommand.class, BenchCommand.class, ExportCommand.class, DatasetsCommand.class, GradeCommand.class,
                RunCommand.class, KernelCommand.class, LabCommand.class, DemoCommand.class,
                SweepCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The parser, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        // A missing GPU or library is the user's situation, not a bug: one line, no stack trace.
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (!(e instanceof Device.Unavailable)) throw e;
            cmd.getErr().println("jielong: " + e.getMessage());
            return 2;
        });
    }

    /** With no command: open the course (Jupyter on notebooks/, or the tour run without it). */
    @Override
    public Integer call() throws Exception {
        return new CourseCommand().call();
    }
}
