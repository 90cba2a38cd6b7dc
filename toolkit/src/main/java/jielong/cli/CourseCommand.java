package jielong.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import jielong.notebook.run.RunOptions;

/**
 * What {@code ./jielong} does with no arguments: open the course. With Jupyter installed, that means the
 * kernel and Jupyter on {@code notebooks/}; without it, the tour notebook runs here and becomes a page to read.
 */
final class CourseCommand implements Callable<Integer> {

    static final Path TOUR = LabCommand.NOTEBOOKS.resolve("00-tour.ipynb");

    @Override
    public Integer call() throws Exception {
        Optional<Path> jupyter = Jupyter.find();
        if (jupyter.isPresent()) {
            return LabCommand.installAndStart(jupyter.get());
        }
        System.out.println("Jupyter is not installed, so the tour notebook runs here without it.");
        Path html = RunCommand.defaultOutput(TOUR, ".html");
        boolean ok = RunCommand.run(TOUR, RunOptions.defaults()
                .withOutput(RunCommand.defaultOutput(TOUR, ".ipynb"), html));
        System.out.println();
        System.out.println("Read it in a browser: " + html.toAbsolutePath().toUri());
        System.out.println(Jupyter.HOW_TO_INSTALL);
        return ok ? 0 : 1;
    }
}
