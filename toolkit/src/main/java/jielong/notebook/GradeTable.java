package jielong.notebook;

import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderable;

/**
 * A grade as the grader reported it: its table as HTML for a notebook and as text for a terminal,
 * whose last line is {@code score: EARNED/POSSIBLE}.
 */
public final class GradeTable implements Renderable {
    private final String text;
    private final String html;

    GradeTable(String text, String html) {
        this.text = text;
        this.html = html;
    }

    /** Points earned, from the score line. */
    public int earned() {
        return Integer.parseInt(score()[0]);
    }

    /** Points possible, from the score line. */
    public int possible() {
        return Integer.parseInt(score()[1]);
    }

    public String html() {
        return html;
    }

    @Override
    public MimeBundle toMimeBundle() {
        return MimeBundle.html(html, text);
    }

    /** The text table, the same as {@code ./jielong grade} prints. */
    @Override
    public String toString() {
        return text;
    }

    private String[] score() {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].replace("score:", "").trim().split("/");
    }
}
