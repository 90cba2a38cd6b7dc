package jielong.course.whitebox;

import jielong.notebook.Numbers;
import jielong.probe.LogitLens;
import jielong.tokenize.Tokenizer;
import jielong.viz.LinePlot;
import jielong.viz.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The logit lens of the poetry GPT on held-out windows, as a table, two plots and one position's candidates. */
public final class LensReport {
    private LensReport() {}

    /** Per read: the layers done, top-1 agreement with the final prediction (%), KL(final ‖ read) and loss against the real next character (nats). */
    public static Table table(LogitLens lens, int[] targets) {
        Table t = Table.create("the logit lens: the final head read off the residual stream after each layer");
        StringColumn name = StringColumn.create("read off");
        IntColumn layers = IntColumn.create("layers done");
        DoubleColumn agree = DoubleColumn.create("top-1 agrees with final (%)"), kl = DoubleColumn.create("KL(final ‖ here) (nats)"),
                loss = DoubleColumn.create("loss on the real next character (nats)");
        for (int r = 0; r < lens.reads(); r++) {
            name.append(lens.names().get(r));
            layers.append(r);
            agree.append(100 * lens.topOneAgreement(r));
            kl.append(lens.klFromFinal(r));
            loss.append(lens.loss(r, targets));
        }
        return t.addColumns(name, layers, agree, kl, loss);
    }

    /** Top-1 agreement with the final prediction against layers done, percent. */
    public static LinePlot agreementPlot(LogitLens lens) {
        double[] x = new double[lens.reads()], y = new double[lens.reads()];
        for (int r = 0; r < x.length; r++) {
            x[r] = r;
            y[r] = 100 * lens.topOneAgreement(r);
        }
        return Plot.line("logit lens: agreement with the final guess")
                .axes("layers done (0 = embedding only)", "top-1 agreement with the final prediction (%)").points("held-out windows", x, y);
    }

    /** KL(final ‖ read) against layers done, nats, on a log axis. */
    public static LinePlot klPlot(LogitLens lens) {
        double[] x = new double[lens.reads() - 1], y = new double[lens.reads() - 1];
        for (int r = 0; r < x.length; r++) {
            x[r] = r;
            y[r] = lens.klFromFinal(r);
        }
        return Plot.line("logit lens: KL from the final distribution")
                .axes("layers done (0 = embedding only)", "KL(final ‖ here) (nats, log scale)").points("held-out windows (the last layer, 0, left out)", x, y).logY();
    }

    /** At one row, each read's {@code k} most likely next characters with their probabilities. */
    public static Table candidates(LogitLens lens, Tokenizer tokenizer, int row, int k, String context, String actual) {
        Table t = Table.create("after " + context + " (the real next character: " + actual + "), read off after each layer");
        StringColumn name = StringColumn.create("read off");
        t.addColumns(name);
        StringColumn[] cols = new StringColumn[k];
        for (int i = 0; i < k; i++) t.addColumns(cols[i] = StringColumn.create("#" + (i + 1)));
        for (int r = 0; r < lens.reads(); r++) {
            name.append(lens.names().get(r));
            int[] top = lens.top(r, row, k);
            for (int i = 0; i < k; i++) {
                String c = tokenizer.decode(new int[] {top[i]});
                cols[i].append((c.equals("\n") ? "⏎" : c) + " " + Numbers.percent(lens.probability(r, row, top[i])));
            }
        }
        return t;
    }

    /**
     * A row worth looking at: among the characters whose next character is not punctuation, one the
     * model finally gets right (its top guess) though the embedding alone does not, the one it is
     * surest of; −1 if there is none.
     */
    public static int telling(LogitLens lens, PoemWindows windows) {
        int last = lens.reads() - 1, best = -1;
        double top = -1;
        for (int row = 0; row < windows.next().length; row++) {
            int target = windows.next()[row];
            if (row + 1 < windows.chars().size() && PoemWindows.isBreak(windows.chars().get(row + 1)) || (row + 1) % windows.t() == 0) continue;
            if (lens.top(last, row, 1)[0] != target || lens.top(0, row, 1)[0] == target) continue;
            double p = lens.probability(last, row, target);
            if (p > top) {
                top = p;
                best = row;
            }
        }
        return best;
    }
}
