package jielong.notebook.run;

import java.time.Duration;
import java.util.List;
import jielong.notebook.eval.CellError;

/**
 * What a notebook run did: how many code cells ran, how long it took, the executed notebook, and the
 * failures; a run with allowed errors can have several, otherwise the first one ended the run.
 */
public record RunReport(NotebookFile notebook, int cellsRun, Duration elapsed, List<Failure> failures) {

    /** A code cell that failed: its position among all cells (1-based) and why. */
    public record Failure(int cellNumber, CellError error) {

        /** E.g. {@code cell 4: java.lang.ArithmeticException: / by zero}. */
        public String summary() {
            return "cell " + cellNumber + ": " + error.name()
                    + (error.message().isEmpty() ? "" : ": " + error.message());
        }
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}
