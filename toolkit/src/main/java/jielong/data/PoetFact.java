package jielong.data;

/**
 * A fact from the real corpus: the poem with this title and first line was written by this
 * author in this dynasty ("tang" or "song"). Used for hallucination and retrieval lessons.
 */
public record PoetFact(String title, String firstLine, String author, String dynasty) {
    /** The question a model is asked about this fact. */
    public String question() {
        return "《" + title + "》「" + firstLine + "」的作者是誰？";
    }

    @Override
    public String toString() {
        return "《" + title + "》 " + firstLine + " — " + author + " (" + dynasty + ")";
    }
}
