package jielong.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jielong.retrieval.Hit;
import jielong.retrieval.Retriever;

/**
 * Retrieval as a tool: a query in, the best passages out, one a line as {@code "[id] text"} (the id
 * is what an answer cites), best first, or {@link #NOTHING} when no passage shares a word with the query.
 */
public final class RetrievalTool implements Tool {
    /** What the tool says when nothing matches. */
    public static final String NOTHING = "no passage matches";
    private static final Pattern FOUND = Pattern.compile("\\[([^\\]]+)\\] (.*)");

    private final Retriever retriever;
    private final int passages;

    /** The best passage of the retriever for each query. */
    public RetrievalTool(Retriever retriever) {
        this(retriever, 1);
    }

    /** The {@code passages} best passages of the retriever for each query. */
    public RetrievalTool(Retriever retriever, int passages) {
        if (retriever == null) throw new IllegalArgumentException("retrieval needs an index, e.g. a LuceneIndex of the passages");
        if (passages < 1) throw new IllegalArgumentException("retrieval should return at least 1 passage, got " + passages);
        this.retriever = retriever;
        this.passages = passages;
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
        List<Hit> hits = retriever.search(query, passages);
        if (hits.isEmpty()) return NOTHING;
        StringBuilder out = new StringBuilder();
        for (Hit h : hits) out.append(out.length() == 0 ? "" : "\n").append('[').append(h.id()).append("] ").append(h.text().replace('\n', ' '));
        return out.toString();
    }

    /** The passages in a result of {@link #call}, best first; empty when it found nothing. */
    public static List<Found> read(String result) {
        List<Found> found = new ArrayList<>();
        for (String line : result.split("\n")) {
            Matcher m = FOUND.matcher(line);
            if (m.matches()) found.add(new Found(m.group(1), m.group(2)));
        }
        return List.copyOf(found);
    }
}
