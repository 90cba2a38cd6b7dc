package jielong.agent;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jielong.retrieval.Hit;
import jielong.retrieval.Retriever;

/**
 * Retrieval as a tool: a query in, the best passage out as {@code "[id] text"} (the id is what an
 * answer cites), or {@link #NOTHING} when no passage shares a word with the query.
 */
public final class RetrievalTool implements Tool {
    /** What the tool says when nothing matches. */
    public static final String NOTHING = "no passage matches";
    private static final Pattern FOUND = Pattern.compile("\\[([^\\]]+)\\] (.*)", Pattern.DOTALL);

    private final Retriever retriever;

    public RetrievalTool(Retriever retriever) {
        if (retriever == null) throw new IllegalArgumentException("retrieval needs an index, e.g. a LuceneIndex of the passages");
        this.retriever = retriever;
    }

    /** A passage as the tool gives it back. */
    public record Found(String id, String text) {}

    @Override
    public String name() {
        return "retrieval";
    }

    @Override
    public String description() {
        return "finds the passage that best matches a question (BM25), e.g. Who founded the Ofen Market?";
    }

    @Override
    public String call(String query) {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("retrieval needs a query: the question, or its key words");
        List<Hit> hits = retriever.search(query, 1);
        return hits.isEmpty() ? NOTHING : "[" + hits.get(0).id() + "] " + hits.get(0).text();
    }

    /** The passage in a result of {@link #call}, empty when it found nothing. */
    public static Optional<Found> read(String result) {
        Matcher m = FOUND.matcher(result);
        return m.matches() ? Optional.of(new Found(m.group(1), m.group(2))) : Optional.empty();
    }
}
