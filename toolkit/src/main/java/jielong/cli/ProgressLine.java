package jielong.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

import jielong.train.Progress;

/**
 * Training progress for a terminal: one line rewritten in place on a console, or a line every
 * few percent when output goes to a file or a pipe.
 */
final class ProgressLine implements Consumer<Progress> {
    private final PrintStream out;
    private final boolean console = System.console() != null;
    private int lastPrinted;

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(Progress p) {
        boolean milestone = p.step() == p.totalSteps() || p.hasValLoss() || p.step() - lastPrinted >= Math.max(1, p.totalSteps() / 20);
        if (console) {
            out.print("\r" + bar(p) + "   ");
            if (p.hasValLoss() || p.step() == p.totalSteps()) out.println();
        } else if (milestone) {
            out.println(bar(p));
            lastPrinted = p.step();
        }
        out.flush();
    }

    private static String bar(Progress p) {
        int width = 20, done = (int) ((long) width * p.step() / p.totalSteps());
        return "[" + "#".repeat(done) + ".".repeat(width - done) + "] " + p;
    }
}
