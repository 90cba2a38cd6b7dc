package jielong.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./jielong} command line: one entry point for every course tool. */
@Command(name = "jielong", mixinStandardHelpOptions = true, version = "jielong 0.1.0",
        description = "Jielong (接龙): how large language models work, in Java notebooks.",
        subcommands = {TrainCommand.class, SampleCommand.class, BenchCommand.class, ExportCommand.class, DatasetsCommand.class, GradeCommand.class,
                RunCommand.class, KernelCommand.class, LabCommand.class, DemoCommand.class,
                SweepCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /** {@code --verbose} anywhere on the command line (or {@code JIELONG_DEBUG=1}): full stack traces on failure. */
    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Failures.setVerbose(rest.remove("--verbose"));
        System.exit(commandLine().execute(rest.toArray(String[]::new)));
    }

    /** The parser, also used by tests to run commands in-process; every failure goes through {@link Failures}. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(Failures::handle)
                .setParameterExceptionHandler(Failures::handleParse);
    }

    /** With no command: open the course (Jupyter on notebooks/, or the tour run without it). */
    @Override
    public Integer call() throws Exception {
        return new CourseCommand().call();
    }
}
