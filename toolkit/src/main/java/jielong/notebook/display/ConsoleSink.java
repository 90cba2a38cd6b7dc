package jielong.notebook.display;

import java.io.PrintStream;

/**
 * Output for a terminal: plain text only, and an updated display (a progress bar) redraws one line
 * in place with a carriage return instead of printing a new line each time.
 */
public final class ConsoleSink implements OutputSink {

    /** The terminal the JVM started with. */
    public static final ConsoleSink INSTANCE = new ConsoleSink();

    private String lineOwner; // display id whose text is on the current, unfinished line
    private int lineLength;

    private ConsoleSink() {
    }

    @Override
    public synchronized void stream(String name, String text) {
        endRefreshingLine();
        PrintStream target = name.equals("stderr") ? Output.terminalErr() : Output.terminalOut();
        target.print(text);
        target.flush();
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        endRefreshingLine();
        if (displayId == null) {
            Output.terminalOut().println(bundle.plainText());
        } else {
            redraw(bundle, displayId);
        }
    }

    @Override
    public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        if (!displayId.equals(lineOwner)) {
            endRefreshingLine();
        }
        redraw(bundle, displayId);
    }

    private void redraw(MimeBundle bundle, String displayId) {
        String text = bundle.plainText().replace('\n', ' ');
        String padding = " ".repeat(Math.max(0, lineLength - text.length()));
        Output.terminalOut().print("\r" + text + padding);
        Output.terminalOut().flush();
        lineOwner = displayId;
        lineLength = text.length();
    }

    private void endRefreshingLine() {
        if (lineOwner != null) {
            Output.terminalOut().println();
            lineOwner = null;
            lineLength = 0;
        }
    }

    @Override
    public synchronized void flush() {
        endRefreshingLine();
    }
}
