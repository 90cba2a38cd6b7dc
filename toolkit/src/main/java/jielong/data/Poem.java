package jielong.data;

import java.util.List;

/** One poem from the chinese-poetry package, whitespace tidied, characters as published (traditional). */
public record Poem(String dynasty, String author, String title, List<String> paragraphs) {
    /** The poem's body: its paragraphs joined without separators, as it is written on a page. */
    public String text() {
        return String.join("", paragraphs);
    }

    /** The first paragraph, usually the opening couplet; empty for a poem with no text. */
    public String firstLine() {
        return paragraphs.isEmpty() ? "" : paragraphs.get(0);
    }
}
